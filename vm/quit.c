/* quit.c - SIGQUIT while a program runs: a watcher thread per run waits for the
 * signal and stops the scheduler (api.c prints the dump once every M has stopped).
 *
 * The signal is blocked in the thread that starts the run, hence in every M it
 * creates; the watcher reads it from a signalfd and learns that the run ended from
 * an eventfd, so ending it is a write and a join.
 *
 * The thread is started only when the run turns out to take a while (the scheduler's
 * long_run callback: a G yielded, parked or entered a blocking call); most runs end
 * before, and the thread would be half of what running them costs. A SIGQUIT sent
 * earlier stays pending (blocked everywhere) and the watcher finds it at once; one
 * still pending when a run without a watcher ends is taken then, as a SIGQUIT during
 * the run. (It used to be cancelled out of
 * sigwait: the forced unwind dlopen'ed libgcc_s, a millisecond of every run.
 * A SIGQUIT aimed at one thread is no way to wake it either: with several VMs in
 * one process that was seen to kill the process now and then.)
 *
 * The watcher is not a GC thread: it is made with the C library's pthread_create
 * (GC_NO_THREAD_REDIRECTS), so starting a run does not wait for it to register
 * with the collector. It touches GC memory only after a SIGQUIT, and registers
 * itself for that.
 */
#define GC_NO_THREAD_REDIRECTS 1
#include "gc_glue.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include "runtime/sched.h"
#include "vm.h"

struct vm_quit_watch {
    mg_vm *vm;
    pthread_t thread;
    sigset_t old_mask;
    pthread_mutex_t lock; /* arming (any M) against stopping (the run's thread) */
    int sigfd, endfd;     /* SIGQUIT arrived / the run ended; -1 until armed */
    bool started, stopped;
};

static void *quit_watcher(void *arg) {
    vm_quit_watch *w = arg;
    struct pollfd fds[2] = {{.fd = w->endfd, .events = POLLIN}, {.fd = w->sigfd, .events = POLLIN}};
    for (;;) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            return NULL;
        }
        if (fds[0].revents) return NULL; /* the run ended (a SIGQUIT racing it is too late) */
        if (fds[1].revents) break;
    }
    struct signalfd_siginfo si;
    if (read(w->sigfd, &si, sizeof si) != (ssize_t)sizeof si) return NULL;
    struct GC_stack_base sb;
    bool registered =
        GC_get_stack_base(&sb) == GC_SUCCESS && GC_register_my_thread(&sb) == GC_SUCCESS;
    atomic_store(&w->vm->quit_req, true);
    rt_sched_stop(w->vm->sched);
    if (registered) GC_unregister_my_thread();
    return NULL;
}

static void quit_set(sigset_t *set) {
    sigemptyset(set);
    sigaddset(set, SIGQUIT);
}

vm_quit_watch *vm_quit_watch_start(mg_vm *vm) {
    vm_quit_watch *w = calloc(1, sizeof *w);
    if (!w) return NULL;
    w->vm = vm;
    w->sigfd = w->endfd = -1;
    pthread_mutex_init(&w->lock, NULL);
    sigset_t set;
    quit_set(&set);
    /* blocked here, hence in every M (created from this thread or its descendants) */
    pthread_sigmask(SIG_BLOCK, &set, &w->old_mask);
    return w;
}

void vm_quit_watch_arm(vm_quit_watch *w) {
    if (!w) return;
    pthread_mutex_lock(&w->lock);
    if (!w->started && !w->stopped && w->sigfd < 0) {
        sigset_t set;
        quit_set(&set);
        w->sigfd = signalfd(-1, &set, SFD_CLOEXEC);
        w->endfd = eventfd(0, EFD_CLOEXEC);
        if (w->sigfd >= 0 && w->endfd >= 0)
            w->started = pthread_create(&w->thread, NULL, quit_watcher, w) == 0;
    }
    pthread_mutex_unlock(&w->lock);
}

void vm_quit_watch_stop(vm_quit_watch *w) {
    if (!w) return;
    pthread_mutex_lock(&w->lock);
    w->stopped = true; /* no arming from here on */
    pthread_mutex_unlock(&w->lock);
    if (w->started) {
        uint64_t one = 1;
        while (write(w->endfd, &one, sizeof one) < 0 && errno == EINTR) {
        }
        pthread_join(w->thread, NULL);
    } else {
        /* never armed: a SIGQUIT that came meanwhile is still pending */
        sigset_t set, pending;
        quit_set(&set);
        struct timespec now = {0, 0};
        if (sigpending(&pending) == 0 && sigismember(&pending, SIGQUIT) &&
            sigtimedwait(&set, NULL, &now) == SIGQUIT)
            atomic_store(&w->vm->quit_req, true);
    }
    if (w->sigfd >= 0) close(w->sigfd);
    if (w->endfd >= 0) close(w->endfd);
    pthread_sigmask(SIG_SETMASK, &w->old_mask, NULL);
    pthread_mutex_destroy(&w->lock);
    free(w);
}
