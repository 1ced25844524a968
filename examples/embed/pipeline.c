/* pipeline.c - a host feeds a minigo channel, a worker pool in minigo processes, the host
 * collects the results from a second channel (include/minigo.h: channels across the
 * boundary).
 *
 * Three host threads: the VM thread runs Process (mg_call: the calling thread is inside
 * the VM until the pool is done), a feeder thread sends one Job per line of text and
 * closes the jobs channel, and the main thread receives Results until Process closes the
 * results channel. Blocked host threads hold no M or P: the four workers run meanwhile.
 * Results arrive in any order; the host puts them back in job order before printing.
 *
 *     cc pipeline.c $(pkg-config --cflags --libs minigo)
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "minigo.h"

static const char script[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"strings\"\n"
    "\t\"sync\"\n"
    ")\n"
    "\n"
    "type Job struct {\n"
    "\tID   int\n"
    "\tText string\n"
    "}\n"
    "\n"
    "type Result struct {\n"
    "\tID    int\n"
    "\tWords int\n"
    "\tTitle string\n"
    "}\n"
    "\n"
    "// Process runs a pool of workers over jobs until the host closes it, then closes\n"
    "// results.\n"
    "func Process(jobs <-chan Job, results chan<- Result, workers int) {\n"
    "\tvar wg sync.WaitGroup\n"
    "\tfor w := 0; w < workers; w++ {\n"
    "\t\twg.Add(1)\n"
    "\t\tgo func() {\n"
    "\t\t\tdefer wg.Done()\n"
    "\t\t\tfor j := range jobs {\n"
    "\t\t\t\twords := strings.Fields(j.Text)\n"
    "\t\t\t\tfor i, w := range words {\n"
    "\t\t\t\t\twords[i] = strings.ToUpper(w[:1]) + w[1:]\n"
    "\t\t\t\t}\n"
    "\t\t\t\tresults <- Result{j.ID, len(words), strings.Join(words, \" \")}\n"
    "\t\t\t}\n"
    "\t\t}()\n"
    "\t}\n"
    "\twg.Wait()\n"
    "\tclose(results)\n"
    "}\n"
    "\n"
    "func main() {}\n";

static const char *const lines[] = {
    "the quick brown fox",         "jumps over the lazy dog",
    "channels cross the boundary", "a host thread blocks without an m",
    "goroutines keep running",     "close from either side",
    "follows the rules of go",     "and the pool drains",
};
#define NLINES ((int)(sizeof lines / sizeof lines[0]))

typedef struct ctx {
    mg_vm *vm;
    mg_value *jobs, *results;
    mg_status call_status, feed_status;
} ctx;

static void *run_pool(void *arg) {
    ctx *c = arg;
    mg_value *workers = mg_new_int(c->vm, 4);
    mg_value *args[3] = {c->jobs, c->results, workers};
    c->call_status = mg_call(c->vm, "Process", 3, args, 0, NULL);
    mg_release(workers);
    return NULL;
}

static void *feed(void *arg) {
    ctx *c = arg;
    mg_value *keys[2] = {mg_new_string(c->vm, "ID", 2), mg_new_string(c->vm, "Text", 4)};
    c->feed_status = MG_OK;
    for (int i = 0; i < NLINES && c->feed_status == MG_OK; i++) {
        mg_value *vals[2] = {mg_new_int(c->vm, i),
                             mg_new_string(c->vm, lines[i], strlen(lines[i]))};
        mg_value *job = mg_new_dict(c->vm, 2, keys, vals); /* converts to main.Job */
        c->feed_status = mg_chan_send(c->vm, c->jobs, job);
        mg_release(job);
        mg_release(vals[0]);
        mg_release(vals[1]);
    }
    mg_chan_close(c->vm, c->jobs); /* the workers' range loops end */
    mg_release(keys[0]);
    mg_release(keys[1]);
    return NULL;
}

int main(void) {
    mg_options opt;
    mg_options_init(&opt);
    opt.gomaxprocs = 4;
    mg_vm *vm = mg_vm_new(&opt);
    if (mg_load_string(vm, "pipeline.mg", script, sizeof script - 1) != MG_OK) {
        fputs(mg_error(vm), stderr);
        return 1;
    }
    ctx c = {.vm = vm};
    c.jobs = mg_new_chan(vm, "main.Job", 0);       /* unbuffered: each send meets a worker */
    c.results = mg_new_chan(vm, "main.Result", 2); /* a little slack for the workers */
    if (!c.jobs || !c.results) {
        fputs(mg_error(vm), stderr);
        return 1;
    }
    printf("%s with cap %lld, %s with cap %lld\n", mg_type_name(c.jobs), mg_chan_cap(c.jobs),
           mg_type_name(c.results), mg_chan_cap(c.results));

    pthread_t vm_thread, feeder;
    pthread_create(&vm_thread, NULL, run_pool, &c);
    pthread_create(&feeder, NULL, feed, &c);

    char titles[NLINES][128] = {{0}};
    long long words[NLINES] = {0};
    int received = 0;
    for (;;) {
        mg_value *r = NULL;
        int ok = 0;
        mg_status st = mg_chan_recv(vm, c.results, &r, &ok);
        if (st != MG_OK || !ok) { /* closed by Process once every worker is done */
            mg_release(r);
            break;
        }
        mg_value *id = mg_field(r, "ID"), *n = mg_field(r, "Words"), *t = mg_field(r, "Title");
        long long i = mg_to_int(id);
        if (i >= 0 && i < NLINES) {
            words[i] = mg_to_int(n);
            snprintf(titles[i], sizeof titles[i], "%s", mg_to_string(t, NULL));
        }
        received++;
        mg_release(id);
        mg_release(n);
        mg_release(t);
        mg_release(r);
    }
    pthread_join(feeder, NULL);
    pthread_join(vm_thread, NULL);

    for (int i = 0; i < NLINES; i++)
        printf("%d: %lld words: %s\n", i, words[i], titles[i]);
    printf("received %d results; Process: %d, feeder: %d\n", received, c.call_status,
           c.feed_status);

    /* Go's rules across the boundary: both channels are closed now */
    mg_value *job = mg_new_dict(vm, 0, NULL, NULL); /* Job{} */
    printf("send on the closed jobs channel: %s\n",
           mg_chan_send(vm, c.jobs, job) == MG_CLOSED ? "MG_CLOSED" : "?");
    printf("close of the closed results channel: %s\n",
           mg_chan_close(vm, c.results) == MG_CLOSED ? "MG_CLOSED" : "?");
    mg_release(job);
    mg_release(c.jobs);
    mg_release(c.results);
    mg_vm_free(vm);
    return 0;
}
