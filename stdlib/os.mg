// Package os: Args, Exit, the environment, and Stdout/Stderr as *File.
// Bodyless functions are natives in stdlib/os.c; output goes through the VM's
// output streams (the embedding host's callback when it set one).
package os

type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

var Args []string = runtime_args()

func runtime_args() []string
func Exit(code int)
func lookupEnv(key string) (string, bool)
func environ() []string
func writeFd(fd int, b []byte) int
func writeStringFd(fd int, s string) int

func Getenv(key string) string {
	v, _ := lookupEnv(key)
	return v
}

func LookupEnv(key string) (string, bool) { return lookupEnv(key) }

func Environ() []string { return environ() }

func (f *File) Write(b []byte) (n int, err error) {
	return writeFd(f.fd, b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	return writeStringFd(f.fd, s), nil
}

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr { return uintptr(f.fd) }
