#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro that Swift cannot import; this gives it a name.
static inline sqlite3_destructor_type prep_sqlite_transient(void) { return SQLITE_TRANSIENT; }

// sqlite3_config is variadic, which Swift cannot call. Memory statistics take SQLite's global mutex at every
// allocation, and prep never reads them.
static inline int prep_sqlite_disable_memory_statistics(void) { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }
