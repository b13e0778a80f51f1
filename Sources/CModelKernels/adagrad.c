#include "ModelKernels.h"

// No fused multiply-add: the results must be those of the scalar formulas, on every
// machine, so that training is deterministic.
#pragma STDC FP_CONTRACT OFF

typedef float float4 __attribute__((ext_vector_type(4)));

static inline float4 load4(const float *p) {
    float4 v;
    __builtin_memcpy(&v, p, sizeof v);
    return v;
}

static inline void store4(float *p, float4 v) { __builtin_memcpy(p, &v, sizeof v); }

void careerd_adagrad_row(float *restrict weights, float *restrict sums, const float *restrict p,
                         int classes, float value, float l2, float step) {
    int c = 0;
    for (; c + 4 <= classes; c += 4) {
        float4 pc = load4(p + c), w = load4(weights + c);
        float4 grad = pc * value + l2 * w;
        grad = pc != 0 ? grad : 0;
        float4 s = load4(sums + c) + grad * grad;
        store4(sums + c, s);
        store4(weights + c, w - step * grad / __builtin_elementwise_sqrt(s));
    }
    for (; c < classes; c++) {
        if (p[c] == 0) continue;
        float grad = p[c] * value + l2 * weights[c];
        sums[c] += grad * grad;
        weights[c] -= step * grad / __builtin_sqrtf(sums[c]);
    }
}
