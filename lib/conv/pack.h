/* Packing fp_parse's results into double, float and long double. */
#ifndef LIB_CONV_PACK_H
#define LIB_CONV_PACK_H

#include "strtofp.h"

double fp_pack_double(const struct fp_value *v);
float fp_pack_float(const struct fp_value *v);
long double fp_pack_long_double(const struct fp_value *v);

#endif
