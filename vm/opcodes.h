/* opcodes.h - THE instruction list of the minigo VM, defined once (X-macro).
 *
 * Owned by the compiler (lang/compile*.c); implemented by vm/interp.c; printed by vm/disasm.c.
 *
 * ENCODING. An instruction is one 64-bit word (mg_instr):
 *     bits 0-15 op | 16-31 A | 32-47 B | 48-63 C
 *   Bx  = B | C << 16 as uint32;  sBx = the same 32 bits as int32;
 *   sB / sC = B / C as int16 (immediates, jump offsets).
 * Some formats are followed by EXTRA WORDS in the code stream (read by the interpreter with
 * code[pc++], skipped by jumps' offsets counting): T = const mg_rtype*, I = const mg_itab*,
 * F = mg_func*, X = a raw int64. Format names list them: "ABCT" = A, B, C then one rtype word.
 * Jump offsets are relative to the pc AFTER the jump instruction and its extra words.
 *
 * REGISTERS. R[i] = base[i], one mg_word each; a value of type T takes words(T) consecutive
 * registers (DESIGN §3). Frame layout of a function: parameters (receiver first) from R[0],
 * then locals and temporaries; proto->nregs is the frame size. Registers never hold
 * pointers into a goroutine stack (the stack may move); globals, boxes and heap objects are
 * GC memory. Integers are kept NORMALISED in their word: signed types sign-extended from
 * their width, unsigned ones zero-extended (the compiler emits SEXT/ZEXT after arithmetic
 * on narrow types). bool is 0/1. float64 is a double; float32 is stored as a double holding
 * a float32-representable value (F32 rounds after every float32 operation).
 *
 * CALLING CONVENTION (Lua-like, no copying of arguments):
 *   The caller evaluates the argument words into R[A..] at the top of its frame (receiver
 *   word(s) first for methods, variadic arguments already packed into a slice by the caller;
 *   f(xs...) passes xs as is). CALL* A ...: the callee's frame base = caller base + A, so its
 *   parameters are its R[0..param_words). The callee returns with RET A B, which copies its
 *   R[A..A+B) to its R[0..B): the caller finds the results at its R[A..A+result_words).
 *   The caller's frame beyond A is dead after the call. The compiler reserves caller
 *   registers up to A + max(param_words, result_words) + ... only for natives (below); a
 *   bytecode callee's frame may extend past the caller's nregs: the interpreter grows the
 *   stack to base + A + callee nregs.
 *   Natives (mg_func.native != NULL), reached by the same CALL ops: the interpreter calls
 *   native(c, &R[A], &R[A + param_words]) (args and res do not overlap) and then moves the
 *   results down to R[A]; the compiler reserves R[A .. A+param_words+result_words) for it.
 *   Closures: the frame record keeps the running closure (NULL for CALL_STATIC of a top-level
 *   function); GETCAP reads closure->captured[]. A captured variable is captured by its BOX
 *   (captured[i] = the box pointer); a bound method value captures the receiver words.
 *   Interface method call: CALL_IFACE A B C: tab = R[B] (nil: nil-pointer panic),
 *   R[A] := R[B+1] (the data word is the receiver), call tab->fun[C] at frame R[A]; the
 *   method arguments are at R[A+1..]. itab->fun entries take the data word as their receiver
 *   (pointer and one-word receivers: the method itself; bigger value receivers: a generated
 *   wrapper that unboxes).
 *
 * DEFER / PANIC / RECOVER. DEFER A B C pushes a defer record on the current frame:
 *   closure R[B] plus a copy of the C argument words R[A..A+C). (A deferred method call
 *   defers the bound method value; deferred builtins are wrapped in generated functions.)
 *   RUNDEFERS runs the frame's pending defer records LIFO (each as a call whose results
 *   are discarded), then continues with the next instruction. A function with defers:
 *   every `return` stores the results into the result variables (named results, or hidden
 *   ones), RUNDEFERS, then returns them; result variables that deferred closures can change
 *   are boxed (captured), so the return sequence reloads them from their boxes after
 *   RUNDEFERS. proto->recover_pc is that epilogue (RUNDEFERS; load results; RET): when a
 *   deferred call recovers a panic, the interpreter unwinds to the frame that deferred it
 *   and resumes it at recover_pc (-1 when the function has no defers).
 *
 * RUNTIME ERRORS are raised by the instruction that detects them, with Go's text (the
 *   interpreter formats them): bounds-checked INDEX/SLICE ops ("index out of range [%d]
 *   with length %d", "slice bounds out of range [%d:%d]", ...), DIV/REM ("integer divide
 *   by zero"), loads/stores through nil ("invalid memory address or nil pointer
 *   dereference"), MAP_SET on nil ("assignment to entry in nil map"), CHKSHIFT ("negative
 *   shift amount"), ASSERT ("interface conversion: ..."), EQ_IFACE/EQ_VAL/map keys
 *   ("comparing uncomparable type T" / "hash of unhashable type T"), MAKESLICE ("makeslice:
 *   len out of range"), CALL of a nil func value (nil dereference).
 *
 * GLOBALS are a per-VM array of words (vm->globals, program->nglobal_words words, zeroed);
 *   GETG/SETG address them by word index: the program itself is immutable and shareable.
 *
 * LINES. proto->lines[pc] is the source line of code word pc (extra words included);
 *   mg_func.name gives "main.main", "main.(*T).M", "main.f.func1" for stack traces.
 *
 * EFFECT NOTATION: R[x..+n] = the n registers from x; K[x] = proto constant word x;
 * Kn = n constant words; "@" = extra word.
 */
#ifndef MG_OPCODES_H
#define MG_OPCODES_H

#include <stdint.h>

typedef uint64_t mg_instr;

#define MG_OP(i) ((unsigned)((i)&0xffff))
#define MG_A(i) ((unsigned)(((i) >> 16) & 0xffff))
#define MG_B(i) ((unsigned)(((i) >> 32) & 0xffff))
#define MG_C(i) ((unsigned)((i) >> 48))
#define MG_BX(i) ((uint32_t)((i) >> 32))
#define MG_SBX(i) ((int32_t)(uint32_t)((i) >> 32))
#define MG_SB(i) ((int16_t)(uint16_t)((i) >> 32))
#define MG_SC(i) ((int16_t)(uint16_t)((i) >> 48))
#define MG_MKABC(op, a, b, c)                                                                      \
    ((mg_instr)(op) | (mg_instr)((a)&0xffff) << 16 | (mg_instr)((b)&0xffff) << 32 |              \
     (mg_instr)((c)&0xffff) << 48)
#define MG_MKABX(op, a, bx) ((mg_instr)(op) | (mg_instr)((a)&0xffff) << 16 | (mg_instr)(uint32_t)(bx) << 32)

/* OP(NAME, format, effect) */
#define MG_OPCODES(OP)                                                                             \
    /* ---- moves and constants ---- */                                                            \
    OP(NOP, "ABC", "nothing")                                                                      \
    OP(MOVE, "ABC", "R[A] := R[B]")                                                                \
    OP(MOVE2, "ABC", "R[A..+2] := R[B..+2]")                                                       \
    OP(MOVE3, "ABC", "R[A..+3] := R[B..+3]")                                                       \
    OP(MOVEN, "ABC", "R[A..+C] := R[B..+C] (memmove)")                                             \
    OP(LOADI, "AsBx", "R[A] := sBx")                                                               \
    OP(LOADK, "ABx", "R[A] := K[Bx]")                                                              \
    OP(LOADK2, "ABx", "R[A..+2] := K[Bx..+2] (strings)")                                           \
    OP(LOADNIL, "ABC", "R[A..+B] := 0")                                                            \
    OP(GETG, "ABx", "R[A] := globals[Bx]")                                                         \
    OP(SETG, "ABx", "globals[Bx] := R[A]")                                                         \
    OP(GETGN, "ABCX", "R[A..+C] := globals[@..+C]")                                                \
    OP(SETGN, "ABCX", "globals[@..+C] := R[A..+C]")                                                \
    OP(GADDR, "ABx", "R[A] := &globals[Bx] (pointer into the VM's global array)")                  \
    OP(GETCAP, "ABC", "R[A] := closure->captured[B]")                                              \
    OP(GETCAPN, "ABC", "R[A..+C] := closure->captured[B..+C]")                                     \
    /* ---- integer arithmetic (64-bit, wrapping; narrow types re-normalised by EXT ops) ---- */   \
    OP(ADD_INT, "ABC", "R[A] := R[B] + R[C]")                                                      \
    OP(SUB_INT, "ABC", "R[A] := R[B] - R[C]")                                                      \
    OP(MUL_INT, "ABC", "R[A] := R[B] * R[C]")                                                      \
    OP(DIV_INT, "ABC", "R[A] := R[B] / R[C] signed; 0 panics; MinInt64/-1 = MinInt64")             \
    OP(DIV_UINT, "ABC", "R[A] := R[B] / R[C] unsigned; 0 panics")                                  \
    OP(REM_INT, "ABC", "R[A] := R[B] % R[C] signed (truncated); 0 panics; x % -1 = 0")             \
    OP(REM_UINT, "ABC", "R[A] := R[B] % R[C] unsigned; 0 panics")                                  \
    OP(AND, "ABC", "R[A] := R[B] & R[C]")                                                          \
    OP(OR, "ABC", "R[A] := R[B] | R[C]")                                                           \
    OP(XOR, "ABC", "R[A] := R[B] ^ R[C]")                                                          \
    OP(ANDNOT, "ABC", "R[A] := R[B] &^ R[C]")                                                      \
    OP(SHL, "ABC", "R[A] := R[B] << R[C] (count as uint64; >= 64 gives 0)")                        \
    OP(SHR_INT, "ABC", "R[A] := R[B] >> R[C] arithmetic (count as uint64; >= 64 gives 0 or -1)")   \
    OP(SHR_UINT, "ABC", "R[A] := R[B] >> R[C] logical (count as uint64; >= 64 gives 0)")           \
    OP(CHKSHIFT, "ABC", "if R[A] < 0 (signed count) panic: negative shift amount")                 \
    OP(NEG_INT, "ABC", "R[A] := -R[B]")                                                            \
    OP(BNOT, "ABC", "R[A] := ^R[B]")                                                               \
    OP(NOT, "ABC", "R[A] := !R[B] (bool)")                                                         \
    OP(ADDI, "ABsC", "R[A] := R[B] + sC")                                                          \
    OP(MULI, "ABsC", "R[A] := R[B] * sC")                                                          \
    OP(DIVI, "ABsC", "R[A] := R[B] / sC signed (sC not 0 or -1)")                                  \
    OP(REMI, "ABsC", "R[A] := R[B] % sC signed (sC not 0 or -1)")                                  \
    OP(DIVM, "ABsCXX", "R[A] := R[B] / sC signed (sC >= 3): multiply by the magic @1, shift @2")   \
    OP(REMM, "ABsCXX", "R[A] := R[B] % sC signed (sC >= 3): via DIVM's quotient")                  \
    OP(DIVP2, "ABC", "R[A] := R[B] / (1 << C) signed, truncated (0 < C < 63): no idiv")            \
    OP(REMP2, "ABC", "R[A] := R[B] % (1 << C) signed, truncated (0 < C < 63): no idiv")            \
    OP(ANDI, "ABC", "R[A] := R[B] & C (C unsigned 16-bit)")                                        \
    OP(SHLI, "ABC", "R[A] := R[B] << C (C < 64)")                                                  \
    OP(SHRI_INT, "ABC", "R[A] := R[B] >> C arithmetic (C < 64)")                                   \
    OP(SHRI_UINT, "ABC", "R[A] := R[B] >> C logical (C < 64)")                                     \
    OP(SEXT8, "ABC", "R[A] := (int8)R[B]")                                                         \
    OP(SEXT16, "ABC", "R[A] := (int16)R[B]")                                                       \
    OP(SEXT32, "ABC", "R[A] := (int32)R[B]")                                                       \
    OP(ZEXT8, "ABC", "R[A] := (uint8)R[B]")                                                        \
    OP(ZEXT16, "ABC", "R[A] := (uint16)R[B]")                                                      \
    OP(ZEXT32, "ABC", "R[A] := (uint32)R[B]")                                                      \
    /* ---- floats (double; float32 re-rounded by F32) ---- */                                     \
    OP(ADD_F64, "ABC", "R[A].f := R[B].f + R[C].f")                                                \
    OP(SUB_F64, "ABC", "R[A].f := R[B].f - R[C].f")                                                \
    OP(MUL_F64, "ABC", "R[A].f := R[B].f * R[C].f")                                                \
    OP(DIV_F64, "ABC", "R[A].f := R[B].f / R[C].f (IEEE: no panic)")                               \
    OP(NEG_F64, "ABC", "R[A].f := -R[B].f")                                                        \
    OP(F32, "ABC", "R[A].f := (double)(float)R[B].f")                                              \
    /* complex: R[X..X+1] = real, imaginary part; + - and negation are F64 ops on the parts */     \
    OP(MUL_C128, "ABC", "R[A..A+1] := R[B..B+1] * R[C..C+1] (complex128)")                         \
    OP(DIV_C128, "ABC", "R[A..A+1] := R[B..B+1] / R[C..C+1] (gc's complex128div: Inf/NaN as C99)") \
    /* ---- conversions ---- */                                                                    \
    OP(I2F, "ABC", "R[A].f := (double)R[B].i")                                                     \
    OP(U2F, "ABC", "R[A].f := (double)R[B].u")                                                     \
    OP(F2I, "ABC", "R[A].i := (int64)R[B].f (truncate; out of range: MinInt64 as amd64)")          \
    OP(F2U, "ABC", "R[A].u := (uint64)R[B].f (truncate)")                                          \
    OP(RUNE2STR, "ABC", "R[A..+2] := string(rune(R[B]))")                                          \
    OP(STR2BYTES, "ABC", "R[A..+3] := []byte(R[B..+2])")                                           \
    OP(BYTES2STR, "ABC", "R[A..+2] := string(R[B..+3] []byte)")                                    \
    OP(STR2RUNES, "ABC", "R[A..+3] := []rune(R[B..+2])")                                           \
    OP(RUNES2STR, "ABC", "R[A..+2] := string(R[B..+3] []rune)")                                    \
    /* ---- comparisons producing bool ---- */                                                     \
    OP(EQ_INT, "ABC", "R[A] := R[B] == R[C] (ints, bools, pointers, chans, maps, funcs vs nil)")   \
    OP(NE_INT, "ABC", "R[A] := R[B] != R[C]")                                                      \
    OP(LT_INT, "ABC", "R[A] := R[B] < R[C] signed")                                                \
    OP(LE_INT, "ABC", "R[A] := R[B] <= R[C] signed")                                               \
    OP(LT_UINT, "ABC", "R[A] := R[B] < R[C] unsigned")                                             \
    OP(LE_UINT, "ABC", "R[A] := R[B] <= R[C] unsigned")                                            \
    OP(EQ_F64, "ABC", "R[A] := R[B].f == R[C].f")                                                  \
    OP(NE_F64, "ABC", "R[A] := R[B].f != R[C].f")                                                  \
    OP(LT_F64, "ABC", "R[A] := R[B].f < R[C].f")                                                   \
    OP(LE_F64, "ABC", "R[A] := R[B].f <= R[C].f")                                                  \
    OP(EQ_STR, "ABC", "R[A] := R[B..+2] == R[C..+2]")                                              \
    OP(NE_STR, "ABC", "R[A] := R[B..+2] != R[C..+2]")                                              \
    OP(LT_STR, "ABC", "R[A] := R[B..+2] < R[C..+2]")                                               \
    OP(LE_STR, "ABC", "R[A] := R[B..+2] <= R[C..+2]")                                              \
    OP(EQ_IFACE, "ABC", "R[A] := R[B..+2] == R[C..+2] (mg_iface_equal; uncomparable panics)")      \
    OP(NE_IFACE, "ABC", "R[A] := R[B..+2] != R[C..+2]")                                            \
    OP(EQ_VAL, "ABCT", "R[A] := R[B..] == R[C..] as values of type @ (mg_value_equal)")            \
    OP(NE_VAL, "ABCT", "R[A] := R[B..] != R[C..] as values of type @")                             \
    OP(ISNIL, "ABC", "R[A] := R[B] == 0 (first word: pointer, itab, slice data)")                  \
    /* ---- jumps (offsets relative to the next instruction) ---- */                               \
    OP(JMP, "AsBx", "pc += sBx (a backward jump spends preemption budget)")                        \
    OP(JMPIF, "AsBx", "if R[A] != 0 then pc += sBx")                                               \
    OP(JMPIFNOT, "AsBx", "if R[A] == 0 then pc += sBx")                                            \
    OP(JEQ_INT, "ABsC", "if R[A] == R[B] then pc += sC")                                           \
    OP(JNE_INT, "ABsC", "if R[A] != R[B] then pc += sC")                                           \
    OP(JLT_INT, "ABsC", "if R[A] < R[B] (signed) then pc += sC")                                   \
    OP(JLE_INT, "ABsC", "if R[A] <= R[B] (signed) then pc += sC")                                  \
    OP(JLT_UINT, "ABsC", "if R[A] < R[B] (unsigned) then pc += sC")                                \
    OP(JLE_UINT, "ABsC", "if R[A] <= R[B] (unsigned) then pc += sC")                               \
    OP(JEQ_IK, "AsBsC", "if R[A] == sB then pc += sC")                                             \
    OP(JNE_IK, "AsBsC", "if R[A] != sB then pc += sC")                                             \
    OP(JLT_IK, "AsBsC", "if R[A] < sB (signed) then pc += sC")                                     \
    OP(JLE_IK, "AsBsC", "if R[A] <= sB (signed) then pc += sC")                                    \
    OP(JGT_IK, "AsBsC", "if R[A] > sB (signed) then pc += sC")                                     \
    OP(JGE_IK, "AsBsC", "if R[A] >= sB (signed) then pc += sC")                                    \
    /* the INCJ* / ADDJ* / INCDECJLT loop closers jump back (sC < 0) and always spend budget */ \
    OP(INCJLT_INT, "ABsC",                                                                         \
       "R[A]++; if R[A] < R[B] (signed) then pc += sC (a loop's i++ and test)")                    \
    OP(INCJLE_INT, "ABsC", "R[A]++; if R[A] <= R[B] (signed) then pc += sC")                       \
    OP(INCJLT_IK, "AsBsC", "R[A]++; if R[A] < sB (signed) then pc += sC")                          \
    OP(INCJLE_IK, "AsBsC", "R[A]++; if R[A] <= sB (signed) then pc += sC")                         \
    OP(ADDJLT_INT, "ABsCX", "R[A] += R[@]; if R[A] < R[B] (signed) then pc += sC (i += step loops)") \
    OP(ADDJLE_INT, "ABsCX", "R[A] += R[@]; if R[A] <= R[B] (signed) then pc += sC")                \
    /* ---- calls ---- */                                                                         \
    OP(CALL_STATIC, "AF", "call @ (no closure) with frame at R[A]; results at R[A..]")             \
    OP(CALL, "ABC", "call closure R[B] (nil panics) with frame at R[A]; results at R[A..]")        \
    OP(CALL_IFACE, "ABC",                                                                          \
       "tab := R[B] (nil panics); R[A] := R[B+1]; call tab->fun[C] with frame at R[A]")            \
    OP(RET, "ABC", "R[0..+B] := R[A..+B]; return to the caller")                                   \
    OP(CLOSURE, "ABCF", "R[A] := new closure{fn @, captured = R[A+1..+C]} (C may be 0; B unused)") \
    OP(DEFER, "ABC", "push defer record {closure R[B], args copy of R[A..+C]} on this frame")      \
    OP(RUNDEFERS, "ABC", "run this frame's pending defers, LIFO")                                  \
    OP(PANIC, "ABC", "panic(R[A..+2] interface)")                                                  \
    OP(RECOVER, "ABC", "R[A..+2] := recover(), as if called by the frame B below")                \
    OP(PANIC_NATIVE, "ABx", "panic: native function K-string[Bx..+2] not implemented")             \
    OP(PANICWRAP, "ABx",                                                                           \
       "R[A].p nil: panic plainError(\"value method \" K-string[Bx..+2]) (Go's panicwrap)")        \
    /* ---- memory: boxes, pointers ---- */                                                        \
    OP(NEWBOX, "ABC", "R[A] := new zeroed object of B words (B 0 means 1)")                        \
    OP(NEWT, "ABCT", "R[A] := new zeroed object of type @ (new(T), big types)")                    \
    OP(LOAD, "ABC", "R[A] := (R[B].p)[C] (nil panics)")                                            \
    OP(LOADN, "ABCX", "R[A..+@] := (R[B].p)[C..+@] (nil panics)")                                  \
    OP(STORE, "ABC", "(R[A].p)[B] := R[C] (nil panics)")                                           \
    OP(STOREN, "ABCX", "(R[A].p)[B..+@] := R[C..+@] (nil panics)")                                 \
    OP(ADDPTR, "ABC", "R[A] := &(R[B].p)[C] (nil panics: &p.f with p nil)")                        \
    /* ---- arrays (N = element count, w = element words) ---- */                                  \
    OP(AGET, "ABCXX", "R[A..+w] := R[B + R[C]*w ..] (register array; @N @w; bounds checked)")      \
    OP(ASET, "ABCXX", "R[A + R[B]*w ..+w] := R[C..] (register array; @N @w; bounds checked)")      \
    OP(CHKIDX, "ABx", "if R[A] >= Bx (unsigned) panic: index out of range [R[A]] with length Bx")  \
    OP(AGETW, "ABCX", "R[A..+@] := R[B + R[C] ..] (register array at a word offset; checked)")     \
    OP(ASETW, "ABCX", "R[A + R[B] ..+@] := R[C..+@] (register array at a word offset; checked)")   \
    OP(INDEXADDR, "ABCXX", "R[A] := &(R[B].p)[R[C]*w] (array behind a pointer; @N @w; checked)")   \
    /* ---- slices and strings ---- */                                                             \
    OP(SGET, "ABC", "R[A] := slice R[B..+3] [R[C]] (1-word elements; bounds checked)")             \
    OP(SGETN, "ABCX", "R[A..+@] := slice R[B..+3] [R[C]] (@ words per element)")                   \
    OP(SSET, "ABC", "slice R[A..+3] [R[B]] := R[C] (1-word elements; bounds checked)")             \
    OP(SSETN, "ABCX", "slice R[A..+3] [R[B]] := R[C..+@] (@ words per element)")                   \
    OP(SADDR, "ABCX", "R[A] := &slice R[B..+3] [R[C]] (@ bytes per element; bounds checked)")      \
    OP(STRIDX, "ABC", "R[A] := byte R[B..+2] [R[C]] (bounds checked)")                             \
    OP(SLICE, "ABCX",                                                                              \
       "R[A..+3] := slice R[B..+3] [R[C] : R[C+1] : R[C+2]] (@ bytes per elem; checked)")          \
    OP(SLICEARR, "ABCXX",                                                                          \
       "R[A..+3] := (*[@N]elem, @ bytes each)(R[B].p)[R[C]:R[C+1]:R[C+2]] (nil panics; checked)")  \
    OP(SLICE2ARRP, "ABCX",                                                                         \
       "R[A] := R[B] (*[@N]T)(slice R[B..+3]): its data pointer; len < @N panics (C unused)")     \
    OP(SLICESTR, "ABC", "R[A..+2] := string R[B..+2] [R[C] : R[C+1]] (checked)")                   \
    OP(STRNEXT, "ABC",                                                                             \
       "R[A] := rune at byte R[C] of string R[B..+2] (utf8, bad = U+FFFD), R[A+1] := width")       \
    OP(CONCAT, "ABC", "R[A..+2] := R[B..+2] + R[C..+2]")                                           \
    OP(CONCATN, "ABC", "R[A..+2] := concatenation of the C strings at R[B..+2C]")                  \
    OP(MAKESLICE, "ABCT",                                                                          \
       "R[A..+3] := make([]@, len R[B], cap R[C]) (@ = elem rtype; bad len/cap panic)")            \
    OP(APPEND, "ABCT", "R[A..+3] := append(R[A..+3], C elements at R[B..]) (@ = elem rtype)")      \
    OP(APPENDSLICE, "ABCT", "R[A..+3] := append(R[A..+3], R[B..+3]...) (@ = elem rtype)")          \
    OP(APPENDSTR, "ABC", "R[A..+3] := append(R[A..+3] []byte, R[B..+2] string...)")                \
    OP(COPY, "ABCX", "R[A] := copy(slice R[B..+3], slice R[C..+3]) (@ bytes per element)")         \
    OP(COPYSTR, "ABC", "R[A] := copy(R[B..+3] []byte, R[C..+2] string)")                           \
    OP(CLEARSLICE, "ABCX", "zero the elements of slice R[A..+3] (@ bytes per element)")            \
    /* ---- interfaces ---- */                                                                     \
    OP(MKIFACE, "ABCI", "R[A..+2] := {@ itab, box(R[B..+words(@->type)])}")                        \
    OP(IFACE2IFACE, "ABCT",                                                                        \
       "R[A..+2] := R[B..+2] converted to interface type @ (runtime itab lookup; nil stays nil)")  \
    OP(ASSERT, "ABCTT",                                                                            \
       "R[A..+w] := R[B..+2].(@1) concrete; @2 = source interface rtype (for the panic text)")     \
    OP(ASSERT_OK, "ABCTT", "as ASSERT, but R[A..+w] := zero and R[A+w] := false on failure")       \
    OP(ASSERTI, "ABCTT", "R[A..+2] := R[B..+2].(@1) interface @1; @2 = source interface rtype")    \
    OP(ASSERTI_OK, "ABCTT", "as ASSERTI, but zero and R[A+2] := false on failure")                 \
    OP(TYPEIS, "ABCT", "R[A] := R[B] != nil && ((mg_itab*)R[B])->type == @ (concrete type)")       \
    OP(TYPEISI, "ABCT", "R[A] := dynamic type of iface R[B..+2] implements interface @")           \
    /* ---- maps (@ = the map's rtype) ---- */                                                     \
    OP(MAKEMAP, "ABCT", "R[A] := make(@, hint R[B])")                                              \
    OP(MAPGET, "ABCT", "R[A..+vw] := map R[B] [R[C..+kw]] (zero when absent or nil map)")          \
    OP(MAPGET2, "ABCT", "as MAPGET, and R[A+vw] := present")                                       \
    OP(MAPSET, "ABCT", "map R[A] [R[B..+kw]] := R[C..+vw] (nil map panics)")                       \
    OP(MAPDEL, "ABCT", "delete(map R[A], R[B..+kw])")                                              \
    OP(MAPLEN, "ABC", "R[A] := len(map R[B])")                                                     \
    OP(MAPCLEAR, "ABC", "clear(map R[A])")                                                         \
    OP(MAPITER, "ABC", "R[A] := new iterator over map R[B] (random start)")                        \
    OP(MAPNEXT, "ABCT",                                                                            \
       "R[A] := iterator R[B] advanced?; if so R[A+1..+kw] := key, R[A+1+kw..+vw] := value")       \
    /* ---- builtins for printing (to stderr, Go's print format) ---- */                           \
    OP(PRINT, "ABCT", "print R[A..] as a value of type @")                                         \
    OP(PRINTSP, "ABC", "print a space")                                                            \
    OP(PRINTNL, "ABC", "print a newline")                                                          \
    /* ---- goroutines and channels (@ = the channel's rtype) ---- */                              \
    OP(GO, "ABC", "start a goroutine calling closure R[B] with a copy of args R[A..+C]")           \
    OP(MAKECHAN, "ABCT", "R[A] := make(@, buffer R[B])")                                           \
    OP(SEND, "ABC", "chan R[A] <- R[B..+C] (may park)")                                            \
    OP(RECV, "ABC", "R[A..+C] := <-chan R[B] (may park)")                                          \
    OP(RECV2, "ABC", "R[A..+C] := <-chan R[B]; R[A+C] := ok (may park)")                           \
    OP(CLOSE, "ABC", "close(chan R[A])")                                                           \
    OP(CHANLEN, "ABC", "R[A] := len(chan R[B])")                                                   \
    OP(CHANCAP, "ABC", "R[A] := cap(chan R[B])")                                                   \
    OP(SELECT, "ABC",                                                                              \
       "select over B cases described at R[A..+3B], C = has default: case i: R[A+3i] = chan, "     \
       "R[A+3i+1] = 1 send / 2 recv, R[A+3i+2] = frame register of the value (send: its words; "   \
       "recv: destination of the elem words then ok); R[A] := chosen case or -1 for default")   \
    /* ---- compute fast paths (issue 11; kept at the end of the table to ease merges) ---- */     \
    /* math.Sqrt / math.Abs as instructions: the natives' exact operations, no call */             \
    OP(SQRT_F64, "ABC", "R[A].f := sqrt(R[B].f) (math.Sqrt)")                                      \
    OP(ABS_F64, "ABC", "R[A].f := fabs(R[B].f) (math.Abs)")                                        \
    /* a float operation whose right operand is a field behind a pointer (p.f) */                  \
    OP(ADDF_LD, "ABCX", "R[A].f := R[B].f + (R[C].p)[@].f (nil panics)")                           \
    OP(SUBF_LD, "ABCX", "R[A].f := R[B].f - (R[C].p)[@].f (nil panics)")                           \
    OP(MULF_LD, "ABCX", "R[A].f := R[B].f * (R[C].p)[@].f (nil panics)")                           \
    OP(DIVF_LD, "ABCX", "R[A].f := R[B].f / (R[C].p)[@].f (nil panics)")                           \
    /* p.f op= x for a float64 field behind a pointer: load, operate, store in one */              \
    OP(ADDTO_F64, "ABC", "(R[A].p)[B].f += R[C].f (nil panics)")                                   \
    OP(SUBTO_F64, "ABC", "(R[A].p)[B].f -= R[C].f (nil panics)")                                   \
    OP(MULTO_F64, "ABC", "(R[A].p)[B].f *= R[C].f (nil panics)")                                   \
    OP(DIVTO_F64, "ABC", "(R[A].p)[B].f /= R[C].f (nil panics)")                                   \
    /* float arithmetic with a constant operand K[C] (no LOADK into a temporary) */                \
    OP(ADDK_F64, "ABC", "R[A].f := R[B].f + K[C].f")                                               \
    OP(SUBK_F64, "ABC", "R[A].f := R[B].f - K[C].f")                                               \
    OP(MULK_F64, "ABC", "R[A].f := R[B].f * K[C].f")                                               \
    OP(DIVK_F64, "ABC", "R[A].f := R[B].f / K[C].f")                                               \
    OP(RSUBK_F64, "ABC", "R[A].f := K[C].f - R[B].f")                                              \
    OP(RDIVK_F64, "ABC", "R[A].f := K[C].f / R[B].f")                                              \
    /* a product and a sum in one dispatch, each rounded (no fused multiply-add, as gc on amd64) */ \
    OP(ADDMUL_F64, "ABCX", "R[A].f := R[B].f + R[C].f * R[@].f")                                  \
    OP(SUBMUL_F64, "ABCX", "R[A].f := R[B].f - R[C].f * R[@].f")                                  \
    OP(MULSUB_F64, "ABCX", "R[A].f := R[B].f * R[C].f - R[@].f")                                  \
    /* p.f += x*y and p.f -= x*y on a float64 field behind a pointer (each rounded) */            \
    OP(ADDMULTO_F64, "ABCX", "(R[A].p)[B].f += R[C].f * R[@].f (nil panics)")                    \
    OP(SUBMULTO_F64, "ABCX", "(R[A].p)[B].f -= R[C].f * R[@].f (nil panics)")                    \
    /* p.f op q.g: both operands fields behind pointers; @ = offset in p | offset in q << 32 */   \
    OP(ADDFF_F64, "ABCX", "R[A].f := (R[B].p)[@lo].f + (R[C].p)[@hi].f (nil panics)")            \
    OP(SUBFF_F64, "ABCX", "R[A].f := (R[B].p)[@lo].f - (R[C].p)[@hi].f (nil panics)")            \
    OP(MULFF_F64, "ABCX", "R[A].f := (R[B].p)[@lo].f * (R[C].p)[@hi].f (nil panics)")            \
    /* float compare-and-branch; the negated forms are needed because !(a < b) is not a >= b \
     * when either is NaN */                                                                       \
    OP(JLT_F64, "ABsC", "if R[A].f < R[B].f then pc += sC")                                       \
    OP(JLE_F64, "ABsC", "if R[A].f <= R[B].f then pc += sC")                                      \
    OP(JNLT_F64, "ABsC", "if !(R[A].f < R[B].f) then pc += sC (NaN jumps)")                        \
    OP(JNLE_F64, "ABsC", "if !(R[A].f <= R[B].f) then pc += sC (NaN jumps)")                       \
    OP(JEQ_F64, "ABsC", "if R[A].f == R[B].f then pc += sC")                                      \
    OP(JNE_F64, "ABsC", "if R[A].f != R[B].f then pc += sC (NaN jumps)")                            \
    /* ---- packed elements (vm/value.h): @s = the element size, 1, 2 or 4 bytes ---- */           \
    OP(SGETB, "ABCX", "R[A] := packed slice R[B..+3] [R[C]] (@s; bounds checked)")                 \
    OP(SSETB, "ABCX", "packed slice R[A..+3] [R[B]] := R[C] (@s; bounds checked)")                 \
    OP(AGETP, "ABCXX",                                                                             \
       "R[A] := packed element R[C] of the register array at R[B] (@N @s; checked)")               \
    OP(ASETP, "ABCXX",                                                                             \
       "packed element R[B] of the register array at R[A] := R[C] (@N @s; checked)")               \
    OP(AGETB, "ABCX", "R[A] := packed element at byte R[C] of the registers from R[B] (@s)")       \
    OP(ASETB, "ABCX", "packed element at byte R[B] of the registers from R[A] := R[C] (@s)")       \
    OP(LOADB, "ABCX", "R[A] := packed element at (R[B].p) + C bytes (@s; nil panics)")             \
    OP(STOREB, "ABCX", "packed element at (R[A].p) + B bytes := R[C] (@s; nil panics)")            \
    OP(INDEXADDRB, "ABCXX",                                                                        \
       "R[A] := (R[B].p) + R[C]*@s bytes (packed array behind a pointer; @N @s; checked)")         \
    OP(ADDPTRB, "ABC", "R[A] := (R[B].p) + C bytes (nil panics)")                                  \
    /* the one-byte (bool, uint8) slice accesses with no extra word: sieve's and []byte's loops */ \
    OP(SGETB1, "ABC", "R[A] := byte slice R[B..+3] [R[C]] (bool/uint8 elements; bounds checked)")  \
    OP(SSETB1, "ABC", "byte slice R[A..+3] [R[B]] := R[C] (bool/uint8 elements; bounds checked)")  \
    /* ---- floats, second round (stop 19): operand pairs of nbody's and spectralnorm's loops \
     * that were still two dispatches; each product rounded on its own (no FMA) ---- */        \
    /* l +- x*s[i], s a []float64: the SGET read by the operation; @ = s | i << 32 */           \
    OP(ADDMULSE_F64, "ABCX", "R[A].f := R[B].f + R[C].f * slice R[@lo..+3] [R[@hi]] (checked)")  \
    OP(SUBMULSE_F64, "ABCX", "R[A].f := R[B].f - R[C].f * slice R[@lo..+3] [R[@hi]] (checked)")  \
    /* K / float64(i): the I2F read by the division */                                          \
    OP(RDIVK_I2F, "ABC", "R[A].f := K[C].f / float64(R[B].i)")                                    \
    /* p.f +-= x * q.g * y: @ = y | q << 16 | the offset of g << 32; q checked, then p */         \
    OP(ADDMULLDTO_F64, "ABCX", "(R[A].p)[B].f += R[C].f * (R[@q].p)[@g].f * R[@y].f (nil panics)") \
    OP(SUBMULLDTO_F64, "ABCX", "(R[A].p)[B].f -= R[C].f * (R[@q].p)[@g].f * R[@y].f (nil panics)") \
    /* x * math.Sqrt(y) */                                                                      \
    OP(MULSQRT_F64, "ABC", "R[A].f := R[B].f * sqrt(R[C].f)")                                   \
    /* x / (y * math.Sqrt(z)): the product rounded, then the quotient */                        \
    OP(DIVMULSQRT_F64, "ABCX", "R[A].f := R[B].f / (R[C].f * sqrt(R[@].f))")                   \
    /* x*y +- z*w: two products and the sum; @ = z | w << 32 */                                 \
    OP(MULMULADD_F64, "ABCX", "R[A].f := R[B].f * R[C].f + R[@lo].f * R[@hi].f")               \
    OP(MULMULSUB_F64, "ABCX", "R[A].f := R[B].f * R[C].f - R[@lo].f * R[@hi].f")               \
    /* x + y + k on integers (wrapping; the compiler normalises narrow types after it) */     \
    OP(ADDADDI, "ABCX", "R[A] := R[B] + R[C] + @")                                            \
    /* x * (y + k) on integers (wrapping, normalised after it as ADDADDI) */                    \
    OP(MULADDI, "ABCX", "R[A] := R[B] * (R[C] + @)")                                            \
    /* p.f +-= x * q.g (b.x += dt * b.vx): @ = q | the offset of g << 32; q checked, then p */ \
    OP(ADDMULFTO_F64, "ABCX", "(R[A].p)[B].f += R[C].f * (R[@lo].p)[@hi].f (nil panics)")       \
    OP(SUBMULFTO_F64, "ABCX", "(R[A].p)[B].f -= R[C].f * (R[@lo].p)[@hi].f (nil panics)")  \
    /* x*y + z*w + u*v (a 3-vector's dot product or squared length), summed left to right; \
     * @ = z | w << 16 | u << 32 | v << 48 */                                                  \
    OP(DOT3_F64, "ABCX", "R[A].f := R[B].f * R[C].f + R[@z].f * R[@w].f + R[@u].f * R[@v].f") \
    /* s[i], s[j] = s[j], s[i] on a 1-word slice: R[B] checked first, as gc does */                 \
    OP(SSWAP, "ABC", "slice R[A..+3]: swap elements R[B] and R[C] (1-word; bounds checked)")     \
    /* `i, j = i+1, j-1` and the test `i < j` of a two-pointer loop in one dispatch */            \
    OP(INCDECJLT, "ABsC", "R[A] += 1; R[B] -= 1; if R[A] < R[B] then pc += sC")                 \
    /* x % C and x / C for x the compiler proved in [0, 2^32), @ = ceil(2^64 / C) */               \
    OP(REMU32, "ABCX", "R[A] := R[B] % C (0 <= R[B] < 2^32; @ magic)")                             \
    OP(DIVU32, "ABCX", "R[A] := R[B] / C (0 <= R[B] < 2^32; @ magic)")                           \
    /* `if n < 2 { return n }`: run the RET that follows if the test holds, else skip it */       \
    OP(RETLT_IK, "AsBsC", "if R[A] < sB then the next RET else pc += 1")                           \
    OP(RETLE_IK, "AsBsC", "if R[A] <= sB then the next RET else pc += 1")                          \
    OP(RETEQ_IK, "AsBsC", "if R[A] == sB then the next RET else pc += 1")                          \
    /* SGET and SSET where the compiler proved the index in bounds (lang/compile_range.c) */      \
    OP(SGETNC, "ABC", "R[A] := slice R[B..+3] [R[C]] (1-word elements; index proven in bounds)")   \
    OP(SSETNC, "ABC", "slice R[A..+3] [R[B]] := R[C] (1-word elements; index proven in bounds)")  \
    /* branches on an element of a []bool (bounds checked) */                                    \
    OP(JSB1, "ABsC", "if bool slice R[A..+3] [R[B]] then pc += sC")                                \
    OP(JNSB1, "ABsC", "if !bool slice R[A..+3] [R[B]] then pc += sC") \
    /* a whole packed array behind a pointer, which may point at any byte of a packed slice   \
     * (a slice converted to *[N]T): exactly its @n bytes, unaligned, the padding zeroed */    \
    OP(LOADPK, "ABCX", "R[A..] := the @n bytes at (R[B].p) + C words, padding zeroed (nil panics)") \
    OP(STOREPK, "ABCX", "the @n bytes at (R[A].p) + B words := those of R[C..] (nil panics)") \
    /* CALL_STATIC of a callee known to be bytecode (rewritten when the program is linked,  \
     * cg_link_calls in lang/compile_call.c): no native test, no closure */                   \
    OP(CALL_BC, "AF", "call bytecode @ (no closure) with frame at R[A]; results at R[A..]") \
    OP(RET1, "A", "return R[A] (RET A 1, rewritten when the program is linked)") \
    /* the INCJLT_INT closing a loop whose body starts with `p := &s[i]` (i the loop variable): \
     * the next iteration's SADDR done by the test; @ = p | s << 16 | element bytes << 32; \
     * failing, it also skips the JLT_SADDR that follows it (the same test) */                 \
    OP(INCJLT_SADDR, "ABsCX",                                                                      \
       "R[A] += 1; if R[A] < R[B] then R[@p] := &slice R[@s..+3] [R[A]] (checked), pc += sC "   \
       "else pc += 2") \
    /* ADDMULSE/SUBMULSE where the compiler proved the index in bounds (as SGETNC) */          \
    OP(ADDMULSENC_F64, "ABCX", "R[A].f := R[B].f + R[C].f * slice R[@lo..+3] [R[@hi]] (proven)")  \
    OP(SUBMULSENC_F64, "ABCX", "R[A].f := R[B].f - R[C].f * slice R[@lo..+3] [R[@hi]] (proven)") \
    /* that loop's entry test (after INCJLT_SADDR), @ as INCJLT_SADDR's */                     \
    OP(JLT_SADDR, "ABsCX", "if R[A] < R[B] then R[@p] := &slice R[@s..+3] [R[A]] (checked), pc += sC")

/* Enum names are BC_<NAME> (OP_ is taken by the AST operators). */
typedef enum mg_opcode {
#define MG_OP_ENUM(name, fmt, doc) BC_##name,
    MG_OPCODES(MG_OP_ENUM)
#undef MG_OP_ENUM
        MG_NUM_OPCODES
} mg_opcode;

/* Defined in vm/disasm.c from the same table. */
extern const char *const mg_op_names[MG_NUM_OPCODES];
extern const char *const mg_op_formats[MG_NUM_OPCODES];
/* Number of extra code words following an instruction with this opcode. */
int mg_op_extra_words(unsigned op);

#endif
