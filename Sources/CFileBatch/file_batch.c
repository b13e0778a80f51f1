#include "FileBatch.h"

#include <errno.h>
#include <liburing.h>
#include <stdlib.h>

struct careerd_ring {
    struct io_uring ring;
    unsigned entries;
};

careerd_ring *careerd_ring_open(unsigned entries) {
    careerd_ring *r = calloc(1, sizeof *r);
    if (r == NULL) return NULL;
    int status = io_uring_queue_init(entries, &r->ring, 0);
    if (status < 0) {
        free(r);
        errno = -status;
        return NULL;
    }
    r->entries = entries;
    return r;
}

void careerd_ring_close(careerd_ring *r) {
    if (r == NULL) return;
    io_uring_queue_exit(&r->ring);
    free(r);
}

int careerd_ring_read(careerd_ring *r, unsigned count, const int *fds, void *const *buffers,
                      const uint32_t *lengths, int32_t *results) {
    if (count > r->entries) return -EINVAL;
    for (unsigned i = 0; i < count; i++) results[i] = -ECANCELED;
    unsigned queued = 0;
    for (unsigned i = 0; i < count; i++) {
        struct io_uring_sqe *sqe = io_uring_get_sqe(&r->ring);
        if (sqe == NULL) break;  // not with count <= entries and every result taken
        io_uring_prep_read(sqe, fds[i], buffers[i], lengths[i], 0);
        io_uring_sqe_set_data64(sqe, i);
        queued++;
    }
    // Submitted together, and waited for together: one system call when nothing
    // interrupts it.
    int submitted;
    do submitted = io_uring_submit_and_wait(&r->ring, queued);
    while (submitted == -EINTR);
    if (submitted < 0) return submitted;
    unsigned taken = 0;
    while (taken < (unsigned)submitted) {
        struct io_uring_cqe *cqe;
        int status = io_uring_wait_cqe(&r->ring, &cqe);
        if (status == -EINTR) continue;
        if (status < 0) return status;
        uint64_t i = io_uring_cqe_get_data64(cqe);
        if (i < count) results[i] = cqe->res;
        io_uring_cqe_seen(&r->ring, cqe);
        taken++;
    }
    return (unsigned)submitted == queued ? 0 : -EAGAIN;
}
