#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro that Swift cannot import; this gives it a name.
static inline sqlite3_destructor_type prep_sqlite_transient(void) { return SQLITE_TRANSIENT; }
