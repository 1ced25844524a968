/* chan_bench.c - the cost of channels across the embedding boundary (make
 * bench-embed-chan). Each line is nanoseconds per round trip, best of 3 runs, as wall
 * time and as CPU time of the process (all threads):
 *
 *   host<->goroutine  the host sends on an unbuffered chan int, a goroutine echoes it
 *                     on a second one, the host receives it (GOMAXPROCS=1 and 2)
 *   host<->host       two host threads ping-pong over two unbuffered minigo channels,
 *                     no run at all
 *   mutex+condvar     the same ping-pong between two threads with a pthread mutex and
 *                     condition variable (the floor for a blocking hand-off)
 *   try pair          try_send + try_recv on a buffered channel on one thread (the
 *                     API's own cost: conversion, handle, locks; nobody blocks)
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "minigo.h"

#define N 100000

static const char script[] = "package main\n"
                             "func Echo(in <-chan int, out chan<- int) {\n"
                             "\tfor v := range in { out <- v }\n"
                             "\tclose(out)\n"
                             "}\n"
                             "func main() {}\n";

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* CPU time of the whole process (every thread): on a loaded machine wall time mostly
 * measures waiting for a core, this what the round trips themselves cost. */
static double cpu_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static double last_cpu; /* CPU ns per round trip of the best run just measured */

static double best_of(double wall, double cpu, double *best) {
    if (wall < *best) {
        *best = wall;
        last_cpu = cpu;
    }
    return *best;
}

typedef struct job {
    mg_vm *vm;
    mg_value *in, *out;
} job;

static void *run_echo(void *arg) {
    job *j = arg;
    mg_value *args[2] = {j->in, j->out};
    mg_call(j->vm, "Echo", 2, args, 0, NULL);
    return NULL;
}

static mg_vm *new_vm(int procs) {
    mg_options opt;
    mg_options_init(&opt);
    opt.gomaxprocs = procs;
    mg_vm *vm = mg_vm_new(&opt);
    if (mg_load_string(vm, "bench.mg", script, sizeof script - 1) != MG_OK) {
        fputs(mg_error(vm), stderr);
        return NULL;
    }
    return vm;
}

static double pp_cpu;

static double pingpong(mg_vm *vm, mg_value *in, mg_value *out, int n) {
    mg_value *v = mg_new_int(vm, 1);
    double t0 = now_ns(), c0 = cpu_ns();
    for (int i = 0; i < n; i++) {
        mg_value *r = NULL;
        mg_chan_send(vm, in, v);
        mg_chan_recv(vm, out, &r, NULL);
        mg_release(r);
    }
    double t = (now_ns() - t0) / n;
    pp_cpu = (cpu_ns() - c0) / n;
    mg_release(v);
    return t;
}

static double host_goroutine(int procs) {
    mg_vm *vm = new_vm(procs);
    if (!vm) return -1;
    job j = {vm, mg_new_chan(vm, "int", 0), mg_new_chan(vm, "int", 0)};
    pthread_t th;
    pthread_create(&th, NULL, run_echo, &j);
    double best = 1e18;
    for (int k = 0; k < 3; k++) {
        double t = pingpong(vm, j.in, j.out, N);
        best_of(t, pp_cpu, &best);
    }
    mg_chan_close(vm, j.in);
    pthread_join(th, NULL);
    mg_release(j.in);
    mg_release(j.out);
    mg_vm_free(vm);
    return best;
}

static void *host_echo(void *arg) {
    job *j = arg;
    for (;;) {
        mg_value *r = NULL;
        int ok = 0;
        if (mg_chan_recv(j->vm, j->in, &r, &ok) != MG_OK || !ok) {
            mg_release(r);
            return NULL;
        }
        mg_chan_send(j->vm, j->out, r);
        mg_release(r);
    }
}

static double host_host(void) {
    mg_vm *vm = new_vm(1);
    if (!vm) return -1;
    job j = {vm, mg_new_chan(vm, "int", 0), mg_new_chan(vm, "int", 0)};
    pthread_t th;
    pthread_create(&th, NULL, host_echo, &j);
    double best = 1e18;
    for (int k = 0; k < 3; k++) {
        double t = pingpong(vm, j.in, j.out, N);
        best_of(t, pp_cpu, &best);
    }
    mg_chan_close(vm, j.in);
    pthread_join(th, NULL);
    mg_release(j.in);
    mg_release(j.out);
    mg_vm_free(vm);
    return best;
}

typedef struct cvpair {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int turn; /* 0: main's, 1: the echo thread's, 2: stop */
} cvpair;

static void *cv_echo(void *arg) {
    cvpair *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->turn == 0)
            pthread_cond_wait(&p->cv, &p->mu);
        if (p->turn == 2) break;
        p->turn = 0;
        pthread_cond_broadcast(&p->cv);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static double mutex_condvar(void) {
    cvpair p = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0};
    pthread_t th;
    pthread_create(&th, NULL, cv_echo, &p);
    double best = 1e18;
    for (int k = 0; k < 3; k++) {
        double t0 = now_ns(), c0 = cpu_ns();
        pthread_mutex_lock(&p.mu);
        for (int i = 0; i < N; i++) {
            p.turn = 1;
            pthread_cond_broadcast(&p.cv);
            while (p.turn == 1)
                pthread_cond_wait(&p.cv, &p.mu);
        }
        pthread_mutex_unlock(&p.mu);
        double t = (now_ns() - t0) / N;
        best_of(t, (cpu_ns() - c0) / N, &best);
    }
    pthread_mutex_lock(&p.mu);
    p.turn = 2;
    pthread_cond_broadcast(&p.cv);
    pthread_mutex_unlock(&p.mu);
    pthread_join(th, NULL);
    return best;
}

static double try_pair(void) {
    mg_vm *vm = new_vm(1);
    if (!vm) return -1;
    mg_value *c = mg_new_chan(vm, "int", 1), *v = mg_new_int(vm, 1);
    double best = 1e18;
    for (int k = 0; k < 3; k++) {
        double t0 = now_ns(), c0 = cpu_ns();
        for (int i = 0; i < N; i++) {
            mg_value *r = NULL;
            mg_chan_try_send(vm, c, v);
            mg_chan_try_recv(vm, c, &r, NULL);
            mg_release(r);
        }
        double t = (now_ns() - t0) / N;
        best_of(t, (cpu_ns() - c0) / N, &best);
    }
    mg_release(v);
    mg_release(c);
    mg_vm_free(vm);
    return best;
}

static void row(const char *what, double wall) {
    printf("%-34s %9.0f %9.0f\n", what, wall, last_cpu);
}

int main(void) {
    printf("%-34s %9s %9s\n", "ns per round trip", "wall", "cpu");
    row("host<->goroutine (GOMAXPROCS=1)", host_goroutine(1));
    row("host<->goroutine (GOMAXPROCS=2)", host_goroutine(2));
    row("host<->host", host_host());
    row("mutex+condvar (pthread)", mutex_condvar());
    row("try_send+try_recv (no blocking)", try_pair());
    return 0;
}
