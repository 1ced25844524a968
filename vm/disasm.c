/* disasm.c - the opcode tables derived from vm/opcodes.h, and a disassembler for
 * `minigo run -d` and debugging. Read-only over immutable protos.
 */
#include <stdio.h>
#include <string.h>

#include "opcodes.h"
#include "proto.h"

const char *const mg_op_names[MG_NUM_OPCODES] = {
#define X(name, fmt, doc) #name,
    MG_OPCODES(X)
#undef X
};

const char *const mg_op_formats[MG_NUM_OPCODES] = {
#define X(name, fmt, doc) fmt,
    MG_OPCODES(X)
#undef X
};

/* Extra words = the capital letters after the operand part: T, I, F, X. */
int mg_op_extra_words(unsigned op) {
    if (op >= MG_NUM_OPCODES) return 0;
    int n = 0;
    for (const char *f = mg_op_formats[op]; *f; f++)
        if (*f == 'T' || *f == 'I' || *f == 'F' || *f == 'X') n++;
    return n;
}

void vm_disasm(FILE *out, const mg_func *fn) {
    const mg_proto *p = fn->proto;
    fprintf(out, "function %s (params %d words, results %d words)", fn->name, fn->param_words,
            fn->result_words);
    if (fn->native || !p) {
        fprintf(out, " native\n");
        return;
    }
    fprintf(out, ", %d registers, %d constants, recover_pc %d\n", p->nregs, p->nk, p->recover_pc);
    for (int pc = 0; pc < p->ncode;) {
        mg_instr i = p->code[pc];
        unsigned op = MG_OP(i);
        const char *fmt = op < MG_NUM_OPCODES ? mg_op_formats[op] : "ABC";
        fprintf(out, "%5d [%4d] %-12s", pc, p->lines ? p->lines[pc] : 0,
                op < MG_NUM_OPCODES ? mg_op_names[op] : "???");
        if (strncmp(fmt, "AsBsC", 5) == 0)
            fprintf(out, " %u %d %d", MG_A(i), MG_SB(i), MG_SC(i));
        else if (strncmp(fmt, "AsBx", 4) == 0)
            fprintf(out, " %u %d", MG_A(i), MG_SBX(i));
        else if (strncmp(fmt, "ABx", 3) == 0)
            fprintf(out, " %u %u", MG_A(i), MG_BX(i));
        else if (strncmp(fmt, "ABsC", 4) == 0)
            fprintf(out, " %u %u %d", MG_A(i), MG_B(i), MG_SC(i));
        else if (fmt[0] == 'A' && fmt[1] != 'B')
            fprintf(out, " %u", MG_A(i));
        else
            fprintf(out, " %u %u %u", MG_A(i), MG_B(i), MG_C(i));
        pc++;
        for (const char *f = fmt; *f; f++) {
            if (pc >= p->ncode) break;
            mg_word w = {.u = p->code[pc]};
            if (*f == 'T') {
                const mg_rtype *t = w.p;
                fprintf(out, " <%s>", t ? t->name : "nil");
            } else if (*f == 'I') {
                const mg_itab *t = w.p;
                fprintf(out, " <itab %s>", t && t->type ? t->type->name : "nil");
            } else if (*f == 'F') {
                const mg_func *g = w.p;
                fprintf(out, " <%s>", g ? g->name : "nil");
            } else if (*f == 'X') {
                fprintf(out, " #%lld", (long long)w.i);
            } else
                continue;
            pc++;
        }
        if (op == BC_LOADK && MG_BX(i) < (unsigned)p->nk)
            fprintf(out, "    ; %lld", (long long)p->k[MG_BX(i)].i);
        if (op == BC_LOADK2 && MG_BX(i) + 1 < (unsigned)p->nk)
            fprintf(out, "    ; \"%.*s\"",
                    (int)(p->k[MG_BX(i) + 1].i > 40 ? 40 : p->k[MG_BX(i) + 1].i),
                    (const char *)p->k[MG_BX(i)].p);
        fputc('\n', out);
    }
}
