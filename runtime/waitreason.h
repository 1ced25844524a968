/* waitreason.h - Go's goroutine wait reasons, defined once (X-macro).
 *
 * The text is exactly what Go prints in a goroutine header
 * ("goroutine 7 [chan receive]:"). Use RT_WAIT_REASONS(X) with
 * X(enum_name, "text") to build the enum, the name table, or anything else.
 */
#ifndef RT_WAITREASON_H
#define RT_WAITREASON_H

#define RT_WAIT_REASONS(X)                                                                         \
    X(RT_WAIT_NONE, "")                                                                            \
    X(RT_WAIT_CHAN_SEND, "chan send")                                                              \
    X(RT_WAIT_CHAN_RECV, "chan receive")                                                           \
    X(RT_WAIT_CHAN_SEND_NIL, "chan send (nil chan)")                                               \
    X(RT_WAIT_CHAN_RECV_NIL, "chan receive (nil chan)")                                            \
    X(RT_WAIT_SELECT, "select")                                                                    \
    X(RT_WAIT_SELECT_NO_CASES, "select (no cases)")                                                \
    X(RT_WAIT_SLEEP, "sleep")                                                                      \
    X(RT_WAIT_SYNC_MUTEX_LOCK, "sync.Mutex.Lock")                                                  \
    X(RT_WAIT_SYNC_RWMUTEX_LOCK, "sync.RWMutex.Lock")                                              \
    X(RT_WAIT_SYNC_RWMUTEX_RLOCK, "sync.RWMutex.RLock")                                            \
    X(RT_WAIT_SYNC_WAITGROUP_WAIT, "sync.WaitGroup.Wait")                                          \
    X(RT_WAIT_SYNC_COND_WAIT, "sync.Cond.Wait")                                                    \
    X(RT_WAIT_SEMACQUIRE, "semacquire")                                                            \
    X(RT_WAIT_FINALIZER, "finalizer wait")

typedef enum rt_wait_reason {
#define RT_WAIT_ENUM(name, text) name,
    RT_WAIT_REASONS(RT_WAIT_ENUM)
#undef RT_WAIT_ENUM
        RT_WAIT_COUNT
} rt_wait_reason;

/* The Go text of a wait reason ("" for RT_WAIT_NONE and out-of-range values). */
static inline const char *rt_wait_reason_text(int reason) {
    static const char *const texts[] = {
#define RT_WAIT_TEXT(name, text) text,
        RT_WAIT_REASONS(RT_WAIT_TEXT)
#undef RT_WAIT_TEXT
    };
    return reason >= 0 && reason < RT_WAIT_COUNT ? texts[reason] : "";
}

#endif
