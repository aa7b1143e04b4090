// Host-side launchers of the WKV-7 kernels (defined in wkv7.cu), called by the torch binding.
// Pointers are device pointers of contiguous tensors; F is float or __nv_bfloat16, and W (the log decay's
// type) is F or float.
#pragma once

#include <cuda_bf16.h>
#include <cuda_runtime.h>

namespace wkv7 {

int checkpoint_count(int T);

template <typename F, typename W>
void launch_forward(int B, int T, int H, const F* r, const W* w, const F* k, const F* v, const F* a, const F* b,
                    const float* state0, F* y, float* state_out, float* u, float* checkpoints, cudaStream_t stream);

template <typename F, typename W>
void launch_backward(int B, int T, int H, const F* r, const W* w, const F* k, const F* v, const F* a, const F* b,
                     const float* u, const float* checkpoints, const F* dy, const float* dstate_out, F* dr, W* dw,
                     F* dk, F* dv, F* da, F* db, float* dstate0, cudaStream_t stream);

template <typename F, typename W>
void launch_step(int B, int H, const F* r, const W* w, const F* k, const F* v, const F* a, const F* b,
                 const float* state0, F* y, float* state_out, cudaStream_t stream);

}  // namespace wkv7
