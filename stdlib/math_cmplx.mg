// Package cmplx: the basic functions of Go's math/cmplx over complex128, with its
// special cases (infinities, NaNs and signed zeros) and the same algorithms, so the
// results are gc's bit for bit wherever package math's are.
package cmplx

import "math"

// Abs returns the modulus |x|.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Conj returns the complex conjugate of x.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// Phase returns the argument of x, in [-Pi, Pi].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar returns the modulus and the argument of x.
func Polar(x complex128) (r, θ float64) { return Abs(x), Phase(x) }

// Rect returns the complex number with modulus r and argument θ.
func Rect(r, θ float64) complex128 {
	return complex(r*math.Cos(θ), r*math.Sin(θ))
}

// Inf returns a complex infinity, complex(+Inf, +Inf).
func Inf() complex128 {
	inf := math.Inf(1)
	return complex(inf, inf)
}

// NaN returns a complex "not-a-number" value.
func NaN() complex128 {
	nan := math.NaN()
	return complex(nan, nan)
}

// IsInf reports whether either part of x is an infinity.
func IsInf(x complex128) bool {
	return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0)
}

// IsNaN reports whether either part of x is a NaN and neither is an infinity.
func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

// Sqrt returns the principal square root of x: the result's real part is >= 0 and its
// imaginary part has the sign of imag(x).
func Sqrt(x complex128) complex128 {
	re, im := real(x), imag(x)
	if im == 0 { // keeps the sign of a zero imaginary part
		switch {
		case re == 0:
			return complex(0, im)
		case re < 0:
			return complex(0, math.Copysign(math.Sqrt(-re), im))
		}
		return complex(math.Sqrt(re), im)
	}
	if math.IsInf(im, 0) {
		return complex(math.Inf(1), im)
	}
	if re == 0 {
		h := math.Sqrt(0.5 * math.Abs(im))
		if im < 0 {
			return complex(h, -h)
		}
		return complex(h, h)
	}
	// Scale the operands so that the hypotenuse neither overflows nor loses precision.
	var scale float64
	if math.Abs(re) > 4 || math.Abs(im) > 4 {
		re, im, scale = re*0.25, im*0.25, 2
	} else {
		re, im, scale = re*0x1p54, im*0x1p54, 0x1p-27
	}
	h := math.Hypot(re, im)
	var a, b float64 // |real part|, |imaginary part| of the result, before scaling
	if re > 0 {
		a = math.Sqrt(0.5*h + 0.5*re)
		b = scale * math.Abs((0.5*im)/a)
		a *= scale
	} else {
		b = math.Sqrt(0.5*h - 0.5*re)
		a = scale * math.Abs((0.5*im)/b)
		b *= scale
	}
	if im < 0 {
		return complex(a, -b)
	}
	return complex(a, b)
}

// Exp returns e**x.
func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) {
		if re > 0 && im == 0 {
			return x
		}
		if math.IsInf(im, 0) || math.IsNaN(im) {
			if re < 0 {
				return complex(0, math.Copysign(0, im))
			}
			return complex(math.Inf(1), math.NaN())
		}
	} else if math.IsNaN(re) && im == 0 {
		return complex(math.NaN(), im)
	}
	r := math.Exp(re)
	return complex(r*math.Cos(im), r*math.Sin(im))
}

// Log returns the natural logarithm of x (the principal value).
func Log(x complex128) complex128 {
	return complex(math.Log(Abs(x)), Phase(x))
}

// Log10 returns the decimal logarithm of x.
func Log10(x complex128) complex128 {
	z := Log(x)
	return complex(math.Log10E*real(z), math.Log10E*imag(z))
}

// Pow returns x**y, with Pow(0, y) following C99's cpow special cases.
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if IsNaN(y) {
			return NaN()
		}
		yr, yi := real(y), imag(y)
		switch {
		case yr == 0:
			return 1
		case yr < 0:
			if yi == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		}
		return 0
	}
	mod := Abs(x)
	if mod == 0 {
		return complex(0, 0)
	}
	r := math.Pow(mod, real(y))
	arg := Phase(x)
	theta := real(y) * arg
	if imag(y) != 0 {
		r *= math.Exp(-imag(y) * arg)
		theta += imag(y) * math.Log(mod)
	}
	return complex(r*math.Cos(theta), r*math.Sin(theta))
}
