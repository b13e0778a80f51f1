/*
 * workd: a model server for Benchmarks/work-model.sh. It is ../shared/tools/cannedd.c
 * (every request line answered with a fixed reply line, epoll, one loop per thread)
 * with two additions, to ask what a request's own work costs in latency on this
 * machine, apart from any framework:
 *
 *   WORK_US  each request spends this much of its thread's CPU time (a spin on
 *            CLOCK_THREAD_CPUTIME_ID, so time preempted does not count) between
 *            reading it and writing its reply: the work a real server does;
 *   PEEK     1: read requests with recv(MSG_PEEK) and consume them only after the
 *            replies are written. Consuming a request frees the sender's buffer, and
 *            the kernel then wakes every thread blocked in read() on the sender's
 *            socket (unix_write_space), such as a client waiting for its reply. Done
 *            after the reply, that wakeup finds the client already woken.
 *
 * Lines are expected whole in one read, as loadgen writes them; in PEEK mode a
 * partial line stays in the socket until its newline comes. Not a server to use.
 *
 *   cc -O2 -o workd workd.c -lpthread
 *   workd SOCKET REPLY_FILE THREADS WORK_US PEEK
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

static char *reply;
static size_t reply_len;
static int lfd, work_us, peek;

/* Spends `us` microseconds of this thread's CPU time. */
static void work(long us) {
    struct timespec a, b;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
    do clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
    while ((b.tv_sec - a.tv_sec) * 1000000L + (b.tv_nsec - a.tv_nsec) / 1000 < us);
}

/* Writes all of `len` bytes, or gives up on an error other than EINTR/EAGAIN. */
static void write_all(int fd, const char *p, size_t len) {
    while (len) {
        ssize_t w = write(fd, p, len);
        if (w < 0) { if (errno == EINTR || errno == EAGAIN) continue; return; }
        p += w; len -= (size_t)w;
    }
}

static void *loop(void *arg) {
    (void)arg;
    int ep = epoll_create1(0);
    struct epoll_event ev = {.events = EPOLLIN | EPOLLEXCLUSIVE, .data.fd = -1};
    epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev);
    static __thread char buf[65536];
    char *out = malloc(reply_len * 1024);
    struct epoll_event evs[64];
    for (;;) {
        int n = epoll_wait(ep, evs, 64, -1);
        for (int i = 0; i < n; i++) {
            int fd = evs[i].data.fd;
            if (fd < 0) {
                int c = accept4(lfd, NULL, NULL, 0);
                if (c < 0) continue;
                struct epoll_event ce = {.events = EPOLLIN, .data.fd = c};
                epoll_ctl(ep, EPOLL_CTL_ADD, c, &ce);
                continue;
            }
            ssize_t r = peek ? recv(fd, buf, sizeof buf, MSG_PEEK) : read(fd, buf, sizeof buf);
            if (r < 0 && (errno == EAGAIN || errno == EINTR)) continue;
            if (r <= 0) { close(fd); continue; }
            size_t lines = 0, whole = 0;
            for (ssize_t j = 0; j < r; j++) if (buf[j] == '\n') { lines++; whole = (size_t)j + 1; }
            if (work_us) work((long)work_us * (long)lines);
            while (lines) {
                size_t batch = lines > 1024 ? 1024 : lines;
                for (size_t k = 0; k < batch; k++) memcpy(out + k * reply_len, reply, reply_len);
                write_all(fd, out, batch * reply_len);
                lines -= batch;
            }
            /* Consume what was answered: the requests' buffers are freed only now. */
            for (size_t got = 0; peek && got < whole;) {
                ssize_t k = recv(fd, buf, whole - got, 0);
                if (k <= 0) break;
                got += (size_t)k;
            }
        }
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 6) { fprintf(stderr, "usage: workd SOCKET REPLY_FILE THREADS WORK_US PEEK\n"); return 2; }
    FILE *f = fopen(argv[2], "r");
    if (!f) { perror(argv[2]); return 2; }
    reply = malloc(1 << 20);
    reply_len = fread(reply, 1, (1 << 20) - 2, f);
    fclose(f);
    while (reply_len && (reply[reply_len - 1] == '\n' || reply[reply_len - 1] == '\r')) reply_len--;
    reply[reply_len++] = '\n';
    int threads = atoi(argv[3]);
    work_us = atoi(argv[4]);
    peek = atoi(argv[5]);
    signal(SIGPIPE, SIG_IGN);
    unlink(argv[1]);
    lfd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    strncpy(a.sun_path, argv[1], sizeof a.sun_path - 1);
    if (bind(lfd, (struct sockaddr *)&a, sizeof a) < 0 || listen(lfd, 1024) < 0) { perror("bind/listen"); return 1; }
    pthread_t th[64];
    if (threads < 1) threads = 1;
    if (threads > 64) threads = 64;
    for (int i = 0; i < threads; i++) pthread_create(&th[i], NULL, loop, NULL);
    pthread_join(th[0], NULL);
    return 0;
}
