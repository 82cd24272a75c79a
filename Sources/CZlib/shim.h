#include <zlib.h>

// inflateInit2 is a macro that passes the header's version and the stream's size; Swift cannot import it.
static inline int prep_inflate_init_raw(z_streamp stream) {
    return inflateInit2(stream, -MAX_WBITS);
}
