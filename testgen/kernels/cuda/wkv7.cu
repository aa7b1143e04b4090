// Launchers for the WKV-7 kernels: one block per (batch, head), dynamic shared memory sized per kernel.
#include "wkv7_kernels.cuh"
#include "wkv7_launch.h"

namespace wkv7 {

int checkpoint_count(int T) { return (T + CHUNK - 1) / CHUNK; }

// Kernels above 48 KiB of dynamic shared memory must opt in once per function.
template <typename Kernel>
static void allow_shared(Kernel kernel, size_t bytes) {
    if (bytes > 48 * 1024) cudaFuncSetAttribute(kernel, cudaFuncAttributeMaxDynamicSharedMemorySize, (int)bytes);
}

static size_t shared_limit() {
    int device = 0, bytes = 0;
    cudaGetDevice(&device);
    cudaDeviceGetAttribute(&bytes, cudaDevAttrMaxSharedMemoryPerBlockOptin, device);
    return (size_t)bytes;
}

template <typename F, typename W>
void launch_forward(int B, int T, int H, const F* r, const W* w, const F* k, const F* v, const F* a, const F* b,
                    const float* state0, F* y, float* state_out, float* u, float* checkpoints, cudaStream_t stream) {
    const size_t bytes = forward_shared_floats() * sizeof(float);
    if (u != nullptr) {
        allow_shared(forward_kernel<F, W, true>, bytes);
        forward_kernel<F, W, true><<<B * H, N, bytes, stream>>>(T, H, r, w, k, v, a, b, state0, y, state_out, u,
                                                                checkpoints);
    } else {
        allow_shared(forward_kernel<F, W, false>, bytes);
        forward_kernel<F, W, false><<<B * H, N, bytes, stream>>>(T, H, r, w, k, v, a, b, state0, y, state_out,
                                                                 nullptr, nullptr);
    }
}

template <typename F, typename W, int SUB>
static void launch_backward_sub(int B, int T, int H, const F* r, const W* w, const F* k, const F* v, const F* a,
                                const F* b, const float* u, const float* checkpoints, const F* dy,
                                const float* dstate_out, F* dr, W* dw, F* dk, F* dv, F* da, F* db, float* dstate0,
                                cudaStream_t stream) {
    const size_t bytes = backward_shared_floats(SUB) * sizeof(float);
    allow_shared(backward_kernel<F, W, SUB>, bytes);
    backward_kernel<F, W, SUB><<<B * H, BACKWARD_THREADS, bytes, stream>>>(
        T, H, r, w, k, v, a, b, u, checkpoints, dy, dstate_out, dr, dw, dk, dv, da, db, dstate0);
}

// The largest SUB whose shared memory this GPU gives one block: 8 on H100/H200, 4 on A100, 2 elsewhere.
template <typename F, typename W>
void launch_backward(int B, int T, int H, const F* r, const W* w, const F* k, const F* v, const F* a, const F* b,
                     const float* u, const float* checkpoints, const F* dy, const float* dstate_out, F* dr, W* dw,
                     F* dk, F* dv, F* da, F* db, float* dstate0, cudaStream_t stream) {
    const size_t limit = shared_limit();
    if (backward_shared_floats(8) * sizeof(float) <= limit)
        launch_backward_sub<F, W, 8>(B, T, H, r, w, k, v, a, b, u, checkpoints, dy, dstate_out, dr, dw, dk, dv, da,
                                     db, dstate0, stream);
    else if (backward_shared_floats(4) * sizeof(float) <= limit)
        launch_backward_sub<F, W, 4>(B, T, H, r, w, k, v, a, b, u, checkpoints, dy, dstate_out, dr, dw, dk, dv, da,
                                     db, dstate0, stream);
    else
        launch_backward_sub<F, W, 2>(B, T, H, r, w, k, v, a, b, u, checkpoints, dy, dstate_out, dr, dw, dk, dv, da,
                                     db, dstate0, stream);
}

template <typename F, typename W>
void launch_step(int B, int H, const F* r, const W* w, const F* k, const F* v, const F* a, const F* b,
                 const float* state0, F* y, float* state_out, cudaStream_t stream) {
    const size_t bytes = step_shared_floats() * sizeof(float);
    allow_shared(step_kernel<F, W>, bytes);
    step_kernel<F, W><<<B * H, N, bytes, stream>>>(H, r, w, k, v, a, b, state0, y, state_out);
}

#define WKV7_INSTANTIATE(F, W)                                                                                   \
    template void launch_forward<F, W>(int, int, int, const F*, const W*, const F*, const F*, const F*, const F*, \
                                       const float*, F*, float*, float*, float*, cudaStream_t);                  \
    template void launch_backward<F, W>(int, int, int, const F*, const W*, const F*, const F*, const F*,         \
                                        const F*, const float*, const float*, const F*, const float*, F*, W*,    \
                                        F*, F*, F*, F*, float*, cudaStream_t);                                   \
    template void launch_step<F, W>(int, int, const F*, const W*, const F*, const F*, const F*, const F*,        \
                                    const float*, F*, float*, cudaStream_t);

WKV7_INSTANTIATE(float, float)
WKV7_INSTANTIATE(__nv_bfloat16, __nv_bfloat16)
WKV7_INSTANTIATE(__nv_bfloat16, float)

}  // namespace wkv7
