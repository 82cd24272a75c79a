#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <poll.h>
#include <errno.h>
#include <sys/socket.h>
#include <malloc.h>

// accept4 is declared only under _GNU_SOURCE, which the Glibc module is not built with.
int accept4(int sockfd, struct sockaddr *addr, socklen_t *addrlen, int flags);

// memmem, a GNU extension, likewise: the byte search of card text (PrepCore) uses it.
void *memmem(const void *haystack, size_t haystacklen, const void *needle, size_t needlelen);

static inline int prep_accept4(int fd, int flags) {
    return accept4(fd, 0, 0, flags);
}

// struct epoll_event is packed on x86_64 and its data member is a union, neither of which Swift imports
// reliably, so registration and waiting go through these wrappers that speak plain ints.
static inline int prep_epoll_ctl(int epfd, int op, int fd, unsigned int events) {
    struct epoll_event event;
    event.events = events;
    event.data.u64 = 0;
    event.data.fd = fd;
    return epoll_ctl(epfd, op, fd, &event);
}

// Fills fds[i]/events[i] for each ready descriptor; returns the count, 0 on EINTR, -1 on error.
static inline int prep_epoll_wait(int epfd, int *fds, unsigned int *events, int capacity, int timeout) {
    struct epoll_event ready[256];
    if (capacity > 256) capacity = 256;
    int count = epoll_wait(epfd, ready, capacity, timeout);
    if (count < 0) return errno == EINTR ? 0 : -1;
    for (int i = 0; i < count; i++) {
        fds[i] = ready[i].data.fd;
        events[i] = ready[i].events;
    }
    return count;
}

// Connection buffers are large and short-lived. glibc raises its mmap threshold each time such a buffer
// is freed; from then on they come from the heap, whose pages stay with the process. A fixed threshold
// gives them back (measured: RSS kept climbing by ~100 MB over rounds of flooding WebSocket clients).
static inline void prep_fix_mmap_threshold(int bytes) {
    mallopt(M_MMAP_THRESHOLD, bytes);
    mallopt(M_TRIM_THRESHOLD, bytes);
}
