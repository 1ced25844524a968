// Package runtime, optional file "fin" (lang/loader.c compiles it only into programs
// that name SetFinalizer or KeepAlive): finalizers over Boehm's (stdlib/runtime_fin.c).
package runtime

// SetFinalizer sets the finalizer associated with obj to the provided finalizer
// function. When the garbage collector finds an unreachable block with an associated
// finalizer, it clears the association and runs finalizer(obj) in a separate
// goroutine, one finalizer at a time. SetFinalizer(obj, nil) clears any finalizer
// associated with obj. Dependent objects are finalized in order (if A points at B,
// A's finalizer runs first); a cycle of finalizable objects is never collected.
func SetFinalizer(obj interface{}, finalizer interface{}) {
	if setFinalizer(obj, finalizer) {
		go runFinalizers()
	}
}

// setFinalizer checks and registers the finalizer (Go's throws for misuse); true when
// this run has no finalizer goroutine yet.
func setFinalizer(obj interface{}, finalizer interface{}) bool

// runFinalizers is the finalizer goroutine (Go's fing): it calls each finalizer the
// collector queued. nextFinalizer gives the finalizer as a func value of one or two
// words of parameters (the object as the finalizer's parameter type: a pointer, or
// an interface), the other func nil; its results, if any, are dropped.
func runFinalizers() {
	for {
		f1, f2, a0, a1, ok := nextFinalizer()
		if !ok {
			waitFinalizer()
			continue
		}
		if f1 != nil {
			f1(a0)
		} else {
			f2(a0, a1)
		}
	}
}

func nextFinalizer() (f1 func(uintptr), f2 func(uintptr, uintptr), a0, a1 uintptr, ok bool)

// waitFinalizer parks the finalizer goroutine until a finalizer is queued.
func waitFinalizer()

// KeepAlive marks its argument as currently reachable: the object is not freed, and
// its finalizer not run, before the point in the program where KeepAlive is called.
func KeepAlive(x interface{}) {
	keepAlive(x)
}

// keepAlive is a native, so that x is in a register at the call.
func keepAlive(x interface{})
