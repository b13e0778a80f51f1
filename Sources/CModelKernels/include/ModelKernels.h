#ifndef CAREERD_MODEL_KERNELS_H
#define CAREERD_MODEL_KERNELS_H

/// The inner loops of the intent model's training, in C because they must run four
/// (or eight) classes at a time: Swift on Linux lowers `Float.squareRoot()` to libm's
/// errno-checking `sqrtf`, one lane after another, which kept training at 30 ms.
/// Pure arithmetic on caller-owned memory; the same inputs give bit-identical results
/// to the scalar formulas written beside each function.

/// One AdaGrad step for one feature's row of weights across `classes` classes:
/// for each class c with p[c] != 0,
///   grad = p[c] * value + l2 * weights[c];  sums[c] += grad * grad;
///   weights[c] -= step * grad / sqrt(sums[c]).
/// A class with p[c] == 0 keeps its weight and its sum.
/// `weights`, `sums` and `p` must not overlap.
void careerd_adagrad_row(float *weights, float *sums, const float *p, int classes,
                         float value, float l2, float step);

#endif
