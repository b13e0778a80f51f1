#ifndef CAREERD_FILE_BATCH_H
#define CAREERD_FILE_BATCH_H

#include <stdint.h>

/// Many reads handed to the kernel in one system call, through io_uring (liburing), for
/// CareerKnowledge's FileBatchReader, which says why. In C because liburing's header
/// brings in system headers that Swift's Glibc module also owns, and the two cannot be
/// imported side by side; this header holds only what Swift needs.
///
/// A ring is used by one thread at a time.

typedef struct careerd_ring careerd_ring;

/// A ring with room for `entries` reads at once; NULL with `errno` set when the kernel
/// refuses one (no io_uring, a seccomp filter, `kernel.io_uring_disabled`).
careerd_ring *careerd_ring_open(unsigned entries);

/// Frees the ring. No read may be in flight.
void careerd_ring_close(careerd_ring *ring);

/// Reads `count` files (at most the ring's entries) at once: for each `i`, up to
/// `lengths[i]` bytes from offset 0 of `fds[i]` into `buffers[i]`. The reads are submitted
/// in the order given, in one system call, so that the block layer can merge neighbours.
/// `results[i]` receives the bytes read or a negative errno.
///
/// Returns 0 when every read has its result. Returns a negative errno when the ring
/// failed as a whole; the reads without a result then hold -ECANCELED, and may still be
/// in flight: their buffers must stay allocated, and the ring must not be used again
/// (close it only after a successful call; a failed ring is left open).
int careerd_ring_read(careerd_ring *ring, unsigned count, const int *fds, void *const *buffers,
                      const uint32_t *lengths, int32_t *results);

#endif
