// math/cmplx's Sin, Cos, Tan, Cot, Sinh, Cosh, Tanh and the inverses against
// go run: ten digits (package math's last bit may differ from gc's), the
// special cases (infinities, NaNs, signed zeros, huge arguments) exactly.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

// math/cmplx's trigonometric and hyperbolic functions and their inverses, to
// ten digits (package math's last bit may differ from gc's), special cases
// (infinities, NaNs, signed zeros) exactly.
func main() {
	inf, nan := math.Inf(1), math.NaN()
	zs := []complex128{1 + 2i, -1.5 - 0.25i, 0.5, 2i, 0, complex(0, math.Copysign(0, -1)), 3 - 4i, 1e3 + 0.1i, 0.1 + 1e-9i,
		complex(inf, 0), complex(0, inf), complex(inf, inf), complex(nan, 0), complex(0, nan), complex(inf, nan), complex(nan, inf), complex(-inf, 1), complex(1, -inf), complex(1e300, 0.5), complex(2e9, 1e-3)}
	fns := []struct {
		name string
		f    func(complex128) complex128
	}{{"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot}, {"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh},
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan}, {"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh}}
	for _, fn := range fns {
		fmt.Print(fn.name, ":")
		for _, z := range zs {
			fmt.Printf(" %.10g", fn.f(z))
		}
		fmt.Println()
	}
}
// Output:
// Sin: (3.165778513+1.959601041i) (-1.028829396-0.0178690884i) (0.4794255386+0i) (0+3.626860408i) (0+0i) (0-0i) (3.853738038+27.01681326i) (0.8310173847+0.05633168435i) (0.09983341665+9.950041653e-10i) (NaN+0i) (0+Infi) (NaN+Infi) (NaN+0i) (0+NaNi) (NaN+NaNi) (NaN+Infi) (NaN+NaNi) (+Inf-Infi) (-0.9222648806-0.2998310018i) (0.914710916+0.0004041099247i)
// Cos: (2.032723007-3.051897799i) (0.07295927645-0.2519795196i) (0.8775825619-0i) (3.762195691-0i) (1-0i) (1+0i) (-27.0349456+3.851153335i) (0.5651933157-0.08282583623i) (0.9950041653-9.983341665e-11i) (NaN-0i) (+Inf-0i) (+Inf+NaNi) (NaN-0i) (NaN+0i) (NaN+NaNi) (+Inf+NaNi) (NaN+NaNi) (+Inf+Infi) (-0.6488203199+0.4261944249i) (0.4041100594-0.0009147106111i)
// Tan: (0.03381282608+1.014793616i) (-1.025332061-3.786108937i) (0.5463024898+0i) (0+0.9640275801i) (0+0i) (0-0i) (-0.0001873462046-0.9993559874i) (1.425113752+0.3085102348i) (0.1003346721+1.010067046e-09i) (NaN+NaNi) (0+1i) (0+1i) (NaN+NaNi) (0+NaNi) (NaN+NaNi) (0+1i) (NaN+NaNi) (0-1i) (0.780933419+0.9750934917i) (2.263505432+0.006123486174i)
// Cot: (0.03279775553-0.9843292265i) (-0.06664090373+0.2460761062i) (1.830487722-0i) (0-1.037314721i) (+Inf+Infi) (+Inf+Infi) (-0.000187587738+1.000644392i) (0.6702860344-0.1451042779i) (9.966644423-1.003340011e-07i) (NaN+NaNi) (0+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (NaN+NaNi) (0+NaNi) (0.5003852576-0.6247938635i) (0.4417893887-0.001195177699i)
// Sinh: (-0.489056259+1.403119251i) (-2.063085313-0.5819954526i) (0.5210953055+0i) (-0+0.9092974268i) (0+0i) (0-0i) (-6.548120041+7.61923172i) (+Inf+Infi) (0.10016675+1.005004168e-09i) (+Inf+0i) (0+NaNi) (+Inf+NaNi) (NaN+0i) (0+NaNi) (+Inf+NaNi) (NaN+NaNi) (-Inf+Infi) (NaN+NaNi) (+Inf+Infi) (+Inf+Infi)
// Cosh: (-0.6421481247+1.068607421i) (2.279278897+0.5267921675i) (1.127625965+0i) (-0.4161468365+0i) (1+0i) (1-0i) (-6.580663041+7.581552743i) (+Inf+Infi) (1.005004168+1.0016675e-10i) (+Inf+0i) (NaN+0i) (+Inf+NaNi) (NaN+0i) (NaN+0i) (+Inf+NaNi) (NaN+NaNi) (+Inf-Infi) (NaN+NaNi) (+Inf+Infi) (+Inf+Infi)
// Tanh: (1.166736257-0.2434582012i) (-0.9152719133-0.04380217693i) (0.4621171573+0i) (0-2.185039863i) (0+0i) (0-0i) (1.000709536-0.004908258067i) (NaN+0i) (0.09966799462+9.900662908e-10i) (1+0i) (NaN+NaNi) (1+0i) (NaN+0i) (NaN+NaNi) (1+0i) (NaN+NaNi) (-1+0i) (NaN+NaNi) (NaN+0i) (NaN+0i)
// Asin: (0.4270785864+1.528570919i) (-1.354625611-0.993730466i) (0.5235987756+0i) (0+1.443635475i) (0+0i) (0-0i) (0.6339838656-2.305509031i) (1.570696327+7.600902214i) (0.1001674212+1.00503772e-09i) (1.570796327+Infi) (0+Infi) (0.7853981634+Infi) (NaN+NaNi) (0+NaNi) (NaN+Infi) (NaN+Infi) (-1.570796327+Infi) (0-Infi) (-1.570796327-Infi) (0+Infi)
// Acos: (1.14371774-1.528570919i) (2.925421937+0.993730466i) (1.047197551-0i) (1.570796327-1.443635475i) (1.570796327-0i) (1.570796327+0i) (0.9368124612+2.305509031i) (0.0001000000497-7.600902214i) (1.470628906-1.00503772e-09i) (0-Infi) (1.570796327-Infi) (0.7853981634-Infi) (NaN+NaNi) (1.570796327+NaNi) (NaN-Infi) (NaN-Infi) (3.141592654-Infi) (1.570796327+Infi) (3.141592654+Infi) (1.570796327-Infi)
// Atan: (1.338972522+0.4023594781i) (-0.9916033842-0.0760528436i) (0.463647609+0i) (-1.570796327+0.5493061443i) (0+0i) (0-0i) (1.448306995-0.1589971917i) (1.569796327+9.999989896e-08i) (0.09966865249+9.900990563e-10i) (1.570796327+0i) (1.570796327+0i) (1.570796327+0i) (NaN+0i) (NaN+NaNi) (1.570796327+0i) (NaN+0i) (-1.570796327+0i) (1.570796327-0i) (-1.570796327+NaNi) (1.570796326+0i)
// Asinh: (1.469351744+1.063440024i) (-1.202745552-0.1381951711i) (0.4812118251+0i) (1.316957897+1.570796327i) (0+0i) (0-0i) (2.299914041-0.9176168534i) (7.600902715+9.999994967e-05i) (0.0998340789+9.950371902e-10i) (+Inf+0i) (+Inf+1.570796327i) (+Inf+0.7853981634i) (NaN+0i) (NaN+NaNi) (+Inf+NaNi) (+Inf+NaNi) (-Inf+0i) (+Inf-1.570796327i) (+Inf+0i) (22.1095602+5e-13i)
// Acosh: (1.528570919+1.14371774i) (0.993730466-2.925421937i) (0+1.047197551i) (1.443635475+1.570796327i) (0+1.570796327i) (0-1.570796327i) (2.305509031-0.9368124612i) (7.600902214+0.0001000000497i) (1.00503772e-09+1.470628906i) (+Inf+0i) (+Inf+1.570796327i) (+Inf+0.7853981634i) (NaN+NaNi) (NaN-1.570796327i) (+Inf+NaNi) (+Inf+NaNi) (+Inf+3.141592654i) (+Inf-1.570796327i) (+Inf-3.141592654i) (+Inf+1.570796327i)
// Atanh: (0.1732867951+1.178097245i) (-0.7514206511-1.388806849i) (0.5493061443+0i) (0+1.107148718i) (0+0i) (0-0i) (0.1175009073-1.40992105i) (0.001000000323+1.570796227i) (0.1003353477+1.01010101e-09i) (0+1.570796327i) (0+1.570796327i) (0+1.570796327i) (NaN+NaNi) (0+NaNi) (0+NaNi) (0+1.570796327i) (-0+1.570796327i) (0-1.570796327i) (NaN+1.570796327i) (4.999999854e-10+1.570796327i)
