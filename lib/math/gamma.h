/*
 * The coefficients lgamma.c and gammaf.c share (lgamma.c defines them):
 * Stirling's series, B2k / (2k (2k - 1)) for k = 1..8, and the Taylor
 * series of log Gamma at 1 and 2, (-1)^k zeta(k) / k and (-1)^k
 * (zeta(k) - 1) / k for k = 2..17 (scripts/libm-tables.py prints them,
 * ST, LG1 and LG2). The float kernels read the leading entries only.
 */
#ifndef LIB_MATH_GAMMA_H
#define LIB_MATH_GAMMA_H

extern const double lgamma_stirling[8];
extern const double lgamma_taylor1[16];
extern const double lgamma_taylor2[16];

#define EULER_HI	0x1.2788cfc6fb619p-1	/* Euler's gamma */
#define EULER_LO	-0x1.6cb90701fbfabp-58
#define ONE_MINUS_EULER_HI	0x1.b0ee6072093cep-2
#define ONE_MINUS_EULER_LO	0x1.6cb90701fbfabp-58

#endif
