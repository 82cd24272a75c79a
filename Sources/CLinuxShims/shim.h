#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <poll.h>
