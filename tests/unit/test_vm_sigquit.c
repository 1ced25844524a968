/* test_vm_sigquit.c - SIGQUIT while a program runs: mg_run_main prints Go's dump of
 * every goroutine ("SIGQUIT: quit", then one block per goroutine with its wait
 * reason, frames and created-by line) on the program's stderr and returns 2.
 *
 * The signal comes from a helper thread of this process that blocks SIGQUIT itself,
 * so only the VM's watcher thread (sigwait) can take it.
 */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "minigo.h"

#include "unit_check.h"

typedef struct capture {
    char out[8192], err[8192];
    size_t nout, nerr;
    pthread_mutex_t lock;
    pthread_cond_t started; /* main wrote to stderr (unbuffered): mg_run_main is under way */
} capture;

static void cap_write(void *user, int fd, const char *buf, size_t len) {
    capture *c = user;
    pthread_mutex_lock(&c->lock);
    char *dst = fd == 1 ? c->out : c->err;
    size_t *n = fd == 1 ? &c->nout : &c->nerr;
    if (*n + len >= sizeof c->out) len = sizeof c->out - 1 - *n;
    memcpy(dst + *n, buf, len);
    *n += len;
    dst[*n] = 0;
    pthread_cond_broadcast(&c->started);
    pthread_mutex_unlock(&c->lock);
}

/* main waits on a channel that a sleeping goroutine would fill an hour from now; its
 * println (stderr, unbuffered) tells the signal sender that the program runs */
static const char prog[] = "package main\n"
                           "\n"
                           "import (\n"
                           "\t\"time\"\n"
                           ")\n"
                           "\n"
                           "func main() {\n"
                           "\tch := make(chan int)\n"
                           "\tgo func() {\n"
                           "\t\ttime.Sleep(time.Hour)\n"
                           "\t\tch <- 1\n"
                           "\t}()\n"
                           "\tprintln(\"waiting\")\n"
                           "\t<-ch\n"
                           "}\n";

static void *send_quit(void *arg) {
    capture *c = arg;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGQUIT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    pthread_mutex_lock(&c->lock);
    while (c->nerr == 0)
        pthread_cond_wait(&c->started, &c->lock);
    pthread_mutex_unlock(&c->lock);
    usleep(200 * 1000); /* main parks on the channel right after its print */
    kill(getpid(), SIGQUIT);
    return NULL;
}

int main(void) {
    capture c = {.lock = PTHREAD_MUTEX_INITIALIZER, .started = PTHREAD_COND_INITIALIZER};
    mg_options opt;
    mg_options_init(&opt);
    opt.write = cap_write;
    opt.write_user = &c;
    mg_vm *vm = mg_vm_new(&opt);
    CHECK(vm != NULL, "mg_vm_new");
    CHECK(mg_load_string(vm, "quit.mg", prog, sizeof prog - 1) == MG_OK, "load: %s", mg_error(vm));
    pthread_t t;
    CHECK(pthread_create(&t, NULL, send_quit, &c) == 0, "pthread_create");
    int status = mg_run_main(vm);
    pthread_join(t, NULL);
    CHECK(status == 2, "status %d", status);
    CHECK(c.nout == 0, "out %s", c.out);
    CHECK(strncmp(c.err, "waiting\nSIGQUIT: quit\n", 22) == 0, "err starts %s", c.err);
    CHECK(strstr(c.err, "\ngoroutine 1 [chan receive]:\nmain.main()\n\tquit.mg:14\n") != NULL,
          "main's block: %s", c.err);
    CHECK(strstr(c.err, "[sleep]:\nmain.main.func1()\n\tquit.mg:10\ncreated by main.main") != NULL,
          "the sleeper's block: %s", c.err);
    mg_vm_free(vm);
    printf("%s\n", failures ? "FAILED" : "ok");
    return failures != 0;
}
