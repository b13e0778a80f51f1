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
    // interrupts it. A signal may end the call before or after the kernel took the reads;
    // what it took is what the ring no longer holds.
    int status;
    do status = io_uring_submit_and_wait(&r->ring, queued);
    while (status == -EINTR && io_uring_sq_ready(&r->ring) == queued);
    if (status < 0 && status != -EINTR) return status;
    unsigned submitted = queued - io_uring_sq_ready(&r->ring);
    unsigned taken = 0;
    while (taken < submitted) {
        struct io_uring_cqe *cqe;
        status = io_uring_wait_cqe(&r->ring, &cqe);
        if (status == -EINTR) continue;
        if (status < 0) return status;
        uint64_t i = io_uring_cqe_get_data64(cqe);
        if (i < count) results[i] = cqe->res;
        io_uring_cqe_seen(&r->ring, cqe);
        taken++;
    }
    // Reads the kernel refused to take (it stops at a request it cannot even start) stay
    // in the ring, which is therefore not to be used again.
    return submitted == queued ? 0 : -EAGAIN;
}
