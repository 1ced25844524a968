/* hello.c - the smallest host: run a snippet, print what it wrote, report its status.
 * Built by `make test` against the installed library (tests/unit/install_check.sh). */
#include <stdio.h>
#include <string.h>

#include <minigo.h>

int main(void) {
    static const char src[] = "ch := make(chan string)\n"
                              "go func() { ch <- \"hello from a goroutine\" }()\n"
                              "fmt.Println(<-ch)\n";
    mg_options opt;
    mg_options_init(&opt);
    mg_vm *vm = mg_vm_new(&opt);
    if (mg_load_string(vm, "hello.mg", src, strlen(src)) != MG_OK) {
        fputs(mg_error(vm), stderr);
        mg_vm_free(vm);
        return 1;
    }
    int code = 0;
    mg_status st = mg_run(vm, &code);
    printf("status %d, exit %d, minigo %s\n", (int)st, code, mg_version());
    mg_vm_free(vm);
    return code;
}
