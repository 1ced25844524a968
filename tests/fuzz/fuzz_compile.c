/* fuzz_compile.c - libFuzzer target: lexer + parser + checker + compiler.
 * Every input is compiled (never run) in a fresh VM; a crash, hang or
 * sanitizer report is a bug. Build with `make fuzz`. */
#include <stddef.h>
#include <stdint.h>

#include "minigo.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    mg_options opt;
    mg_options_init(&opt);
    mg_vm *vm = mg_vm_new(&opt);
    if (!vm) return 0;
    (void)mg_load_string(vm, "fuzz.mg", (const char *)data, size);
    mg_vm_free(vm);
    return 0;
}
