// Runs the WKV-7 kernels of wkv7_kernels.cuh on the CPU so that the exact kernel code is checked against the
// reference on machines without a GPU. Each CUDA thread of a block is a coroutine (ucontext) with its own
// stack; __syncthreads switches back to a scheduler that runs every thread up to the barrier in turn.
// Build: g++ -std=c++17 -O1 -shared -fPIC emulate.cpp -o libwkv7_emulate.so (the tests do this).
#include <ucontext.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <vector>

#define WKV_EMULATE
#define __global__
#define __device__
#define __forceinline__ inline
#define __launch_bounds__(threads)

struct Dim3 {
    int x = 0;
};
static Dim3 threadIdx, blockIdx;
static float* block_shared = nullptr;
static ucontext_t scheduler;
static std::vector<ucontext_t> threads;
static const std::function<void()>* running_kernel = nullptr;
inline void __syncthreads() { swapcontext(&threads[threadIdx.x], &scheduler); }
using std::min;
#define WKV_SHARED_BUFFER(name) float* name = block_shared

// bfloat16 as stored by torch: the high 16 bits of a float32, rounded to nearest even.
struct __nv_bfloat16 {
    uint16_t bits;
};
inline float __bfloat162float(__nv_bfloat16 x) {
    uint32_t word = uint32_t(x.bits) << 16;
    float out;
    std::memcpy(&out, &word, sizeof out);
    return out;
}
inline __nv_bfloat16 __float2bfloat16_rn(float x) {
    uint32_t word;
    std::memcpy(&word, &x, sizeof word);
    word += 0x7FFF + ((word >> 16) & 1);
    return __nv_bfloat16{uint16_t(word >> 16)};
}

#include "wkv7_kernels.cuh"

static std::vector<char> finished;
static void thread_main() {
    (*running_kernel)();
    finished[threadIdx.x] = 1;  // then uc_link returns to the scheduler
}

// Blocks one after another; in each round every unfinished thread runs until its next barrier or its end.
static void launch(int blocks, int block_threads, int shared_floats, const std::function<void()>& kernel) {
    constexpr size_t stack_bytes = 256 * 1024;
    std::vector<float> shared(shared_floats, std::nanf(""));  // poisoned: reads before writes show up as NaN
    std::vector<char> stacks(block_threads * stack_bytes);
    block_shared = shared.data();
    running_kernel = &kernel;
    threads.assign(block_threads, ucontext_t{});
    for (int block = 0; block < blocks; block++) {
        blockIdx.x = block;
        finished.assign(block_threads, 0);
        for (int t = 0; t < block_threads; t++) {
            getcontext(&threads[t]);
            threads[t].uc_stack.ss_sp = stacks.data() + t * stack_bytes;
            threads[t].uc_stack.ss_size = stack_bytes;
            threads[t].uc_link = &scheduler;
            makecontext(&threads[t], thread_main, 0);
        }
        while (std::count(finished.begin(), finished.end(), 1) < block_threads) {
            for (int t = 0; t < block_threads; t++) {
                if (finished[t]) continue;
                threadIdx.x = t;
                swapcontext(&scheduler, &threads[t]);
            }
        }
    }
}

template <typename F, typename W>
static void forward(int B, int T, int H, const void* r, const void* w, const void* k, const void* v, const void* a,
                    const void* b, const float* state0, void* y, float* state_out, float* u, float* checkpoints) {
    auto p = [](const void* x) { return static_cast<const F*>(x); };
    auto pw = static_cast<const W*>(w);
    launch(B * H, wkv7::N, wkv7::forward_shared_floats(), [&] {
        if (u)
            wkv7::forward_kernel<F, W, true>(T, H, p(r), pw, p(k), p(v), p(a), p(b), state0, static_cast<F*>(y),
                                             state_out, u, checkpoints);
        else
            wkv7::forward_kernel<F, W, false>(T, H, p(r), pw, p(k), p(v), p(a), p(b), state0, static_cast<F*>(y),
                                              state_out, nullptr, nullptr);
    });
}

template <typename F, typename W, int SUB>
static void backward(int B, int T, int H, const void* r, const void* w, const void* k, const void* v, const void* a,
                     const void* b, const float* u, const float* checkpoints, const void* dy, const float* dstate_out,
                     void* dr, void* dw, void* dk, void* dv, void* da, void* db, float* dstate0) {
    auto p = [](const void* x) { return static_cast<const F*>(x); };
    auto q = [](void* x) { return static_cast<F*>(x); };
    launch(B * H, wkv7::BACKWARD_THREADS, wkv7::backward_shared_floats(SUB), [&] {
        wkv7::backward_kernel<F, W, SUB>(T, H, p(r), static_cast<const W*>(w), p(k), p(v), p(a), p(b), u,
                                         checkpoints, p(dy), dstate_out, q(dr), static_cast<W*>(dw), q(dk), q(dv),
                                         q(da), q(db), dstate0);
    });
}

template <typename F, typename W>
static void step(int B, int H, const void* r, const void* w, const void* k, const void* v, const void* a,
                 const void* b, const float* state0, void* y, float* state_out) {
    auto p = [](const void* x) { return static_cast<const F*>(x); };
    launch(B * H, wkv7::N, wkv7::step_shared_floats(), [&] {
        wkv7::step_kernel<F, W>(H, p(r), static_cast<const W*>(w), p(k), p(v), p(a), p(b), state0,
                                static_cast<F*>(y), state_out);
    });
}

using bf16 = __nv_bfloat16;

// C entry points for ctypes. dtype: 0 all float32, 1 all bfloat16, 2 bfloat16 with a float32 log decay.
extern "C" {
int wkv7_checkpoint_count(int T) { return (T + wkv7::CHUNK - 1) / wkv7::CHUNK; }

void wkv7_forward(int dtype, int B, int T, int H, const void* r, const void* w, const void* k, const void* v,
                  const void* a, const void* b, const float* state0, void* y, float* state_out, float* u,
                  float* checkpoints) {
    auto run = dtype == 0 ? forward<float, float> : dtype == 1 ? forward<bf16, bf16> : forward<bf16, float>;
    run(B, T, H, r, w, k, v, a, b, state0, y, state_out, u, checkpoints);
}

// sub: the backward's SUB (8, 4 or 2), as the GPU launcher picks by shared memory.
void wkv7_backward(int dtype, int sub, int B, int T, int H, const void* r, const void* w, const void* k,
                   const void* v, const void* a, const void* b, const float* u, const float* checkpoints,
                   const void* dy, const float* dstate_out, void* dr, void* dw, void* dk, void* dv, void* da, void* db,
                   float* dstate0) {
    using Backward = decltype(&backward<float, float, 8>);
    const Backward table[3][3] = {
        {backward<float, float, 8>, backward<float, float, 4>, backward<float, float, 2>},
        {backward<bf16, bf16, 8>, backward<bf16, bf16, 4>, backward<bf16, bf16, 2>},
        {backward<bf16, float, 8>, backward<bf16, float, 4>, backward<bf16, float, 2>},
    };
    table[dtype][sub == 8 ? 0 : sub == 4 ? 1 : 2](B, T, H, r, w, k, v, a, b, u, checkpoints, dy, dstate_out, dr, dw,
                                                   dk, dv, da, db, dstate0);
}

void wkv7_step(int dtype, int B, int H, const void* r, const void* w, const void* k, const void* v, const void* a,
               const void* b, const float* state0, void* y, float* state_out) {
    auto run = dtype == 0 ? step<float, float> : dtype == 1 ? step<bf16, bf16> : step<bf16, float>;
    run(B, H, r, w, k, v, a, b, state0, y, state_out);
}
}
