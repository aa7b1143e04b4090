// WKV-7 kernels: forward (with checkpoints for training), backward, and a fused single-token step.
//
// Convention (see testgen/kernels/wkv7.py): inputs [B, T, H, 64], w = log decay, state [B, H, 64, 64] fp32
// indexed S[value i][key j];  S <- S diag(exp(w_t)) + (S a_t) b_t^T + v_t k_t^T,  y_t = S r_t.
//
// One block per (batch, head). The forward's 64 threads each hold one row of S in registers. The backward's
// 256 threads each take a quarter of column j of S (recomputed) and keep the state gradient G twice, a
// quarter of row j and of column j, so its reductions are sums of four partial sums; du = G b is shared.
//
// Training forward stores u_t = S_{t-1} a_t for every step and S at the start of every CHUNK steps.
// With u known, each column of S evolves on its own, so the backward recomputes a chunk's states column by
// column into shared memory, SUB steps at a time, without inverting the decay (decays near 0 stay exact).
//
// The backward takes SUB as a template argument: 8 on H100/H200 (190 KB of shared memory), 4 or 2 on GPUs
// with less shared memory per block.
//
// This file is plain C++ apart from the CUDA keywords, so a CPU emulator (emulate.cpp) compiles it unchanged.
#pragma once

#ifndef WKV_EMULATE
#include <cuda_bf16.h>
#define WKV_SHARED_BUFFER(name) extern __shared__ __align__(16) float name[]
#endif

namespace wkv7 {

constexpr int N = 64;       // head size: the block has one thread per row (forward) or column (backward)
constexpr int CHUNK = 16;   // steps between stored states
constexpr int STATE = N * N;

constexpr int QUARTERS = 4;                    // the backward splits each row and column in four
constexpr int QUARTER_ROWS = N / QUARTERS;
constexpr int BACKWARD_THREADS = QUARTERS * N;
constexpr int PARTIALS = 7;                    // dv, du, dr, dk, db, d(decay), da

constexpr int forward_shared_floats() { return 6 * CHUNK * N; }
// SUB: steps whose states the backward holds in shared memory at once (CHUNK % SUB == 0); larger is faster.
constexpr int backward_shared_floats(int SUB) {
    return 8 * CHUNK * N + (SUB + 1) * STATE + 2 * PARTIALS * QUARTERS * N;
}
constexpr int step_shared_floats() { return 5 * N + N * (N + 1); }

__device__ __forceinline__ float to_float(float x) { return x; }
__device__ __forceinline__ float to_float(__nv_bfloat16 x) { return __bfloat162float(x); }
template <typename F> __device__ __forceinline__ F from_float(float x);
template <> __device__ __forceinline__ float from_float<float>(float x) { return x; }
template <> __device__ __forceinline__ __nv_bfloat16 from_float<__nv_bfloat16>(float x) {
    return __float2bfloat16_rn(x);
}

// sum_j x[j] * y[j] over a thread's register row and a shared vector; four partial sums for parallelism.
__device__ __forceinline__ float dot_shared(const float* x, const float* y) {
    float s0 = 0.f, s1 = 0.f, s2 = 0.f, s3 = 0.f;
#pragma unroll
    for (int j = 0; j < N; j += 4) {
        s0 += x[j] * y[j];
        s1 += x[j + 1] * y[j + 1];
        s2 += x[j + 2] * y[j + 2];
        s3 += x[j + 3] * y[j + 3];
    }
    return (s0 + s1) + (s2 + s3);
}

// sum_i column[i * N] * y[i]: a thread's column of a shared 64x64 matrix against a shared vector.
__device__ __forceinline__ float dot_column(const float* column, const float* y) {
    float s0 = 0.f, s1 = 0.f, s2 = 0.f, s3 = 0.f;
#pragma unroll
    for (int i = 0; i < N; i += 4) {
        s0 += column[i * N] * y[i];
        s1 += column[(i + 1) * N] * y[i + 1];
        s2 += column[(i + 2) * N] * y[i + 2];
        s3 += column[(i + 3) * N] * y[i + 3];
    }
    return (s0 + s1) + (s2 + s3);
}

// Forward over T steps; w may be float32 while the other inputs are bfloat16. SAVE: also write u [B, T, H, N] and the chunk-start states [B*H, chunks, N, N].
template <typename F, typename W, bool SAVE>
__global__ void __launch_bounds__(N) forward_kernel(
    int T, int H, const F* __restrict__ r, const W* __restrict__ w, const F* __restrict__ k,
    const F* __restrict__ v, const F* __restrict__ a, const F* __restrict__ b, const float* __restrict__ state0,
    F* __restrict__ y, float* __restrict__ state_out, float* __restrict__ u_out, float* __restrict__ checkpoints) {
    WKV_SHARED_BUFFER(shared);
    float* s_r = shared;
    float* s_d = s_r + CHUNK * N;
    float* s_k = s_d + CHUNK * N;
    float* s_v = s_k + CHUNK * N;
    float* s_a = s_v + CHUNK * N;
    float* s_b = s_a + CHUNK * N;

    const int bh = blockIdx.x, batch = bh / H, head = bh % H, i = threadIdx.x;
    const int chunks = (T + CHUNK - 1) / CHUNK;
    float S[N];
#pragma unroll
    for (int j = 0; j < N; j++) S[j] = state0 ? state0[(size_t)bh * STATE + i * N + j] : 0.f;

    for (int c = 0; c < chunks; c++) {
        const int t0 = c * CHUNK, len = min(CHUNK, T - t0);
        if (SAVE) {
            float* out = checkpoints + ((size_t)bh * chunks + c) * STATE + i * N;
#pragma unroll
            for (int j = 0; j < N; j++) out[j] = S[j];
        }
        __syncthreads();  // everyone is done with the previous chunk's inputs
        for (int m = 0; m < len; m++) {
            const size_t at = (((size_t)batch * T + t0 + m) * H + head) * N + i;
            s_r[m * N + i] = to_float(r[at]);
            s_d[m * N + i] = expf(to_float(w[at]));
            s_k[m * N + i] = to_float(k[at]);
            s_v[m * N + i] = to_float(v[at]);
            s_a[m * N + i] = to_float(a[at]);
            s_b[m * N + i] = to_float(b[at]);
        }
        __syncthreads();
        for (int m = 0; m < len; m++) {
            const float* d_m = s_d + m * N;
            const float* k_m = s_k + m * N;
            const float* b_m = s_b + m * N;
            const float* r_m = s_r + m * N;
            const float u = dot_shared(S, s_a + m * N);
            const float v_i = s_v[m * N + i];
            float y0 = 0.f, y1 = 0.f;
#pragma unroll
            for (int j = 0; j < N; j += 2) {
                S[j] = S[j] * d_m[j] + u * b_m[j] + v_i * k_m[j];
                S[j + 1] = S[j + 1] * d_m[j + 1] + u * b_m[j + 1] + v_i * k_m[j + 1];
                y0 += S[j] * r_m[j];
                y1 += S[j + 1] * r_m[j + 1];
            }
            const size_t at = (((size_t)batch * T + t0 + m) * H + head) * N + i;
            y[at] = from_float<F>(y0 + y1);
            if (SAVE) u_out[at] = u;
        }
    }
    float* out = state_out + (size_t)bh * STATE + i * N;
#pragma unroll
    for (int j = 0; j < N; j++) out[j] = S[j];
}

// Backward: gradients of r, w, k, v, a, b (in their dtypes) and of state0 (fp32), from dy and d(final state).
// Thread (j, q) of the 256 holds rows 16q..16q+15 of column j and columns 16q..16q+15 of row j; sums over
// the four quarters go through shared memory, double-buffered by step parity: two barriers per step.
template <typename F, typename W, int SUB>
__global__ void __launch_bounds__(BACKWARD_THREADS) backward_kernel(
    int T, int H, const F* __restrict__ r, const W* __restrict__ w, const F* __restrict__ k,
    const F* __restrict__ v, const F* __restrict__ a, const F* __restrict__ b, const float* __restrict__ u,
    const float* __restrict__ checkpoints, const F* __restrict__ dy, const float* __restrict__ dstate_out,
    F* __restrict__ dr, W* __restrict__ dw, F* __restrict__ dk, F* __restrict__ dv, F* __restrict__ da,
    F* __restrict__ db, float* __restrict__ dstate0) {
    WKV_SHARED_BUFFER(shared);
    float* s_r = shared;
    float* s_d = s_r + CHUNK * N;
    float* s_k = s_d + CHUNK * N;
    float* s_v = s_k + CHUNK * N;
    float* s_a = s_v + CHUNK * N;
    float* s_b = s_a + CHUNK * N;
    float* s_u = s_b + CHUNK * N;
    float* s_dy = s_u + CHUNK * N;
    float* history = s_dy + CHUNK * N;  // history[m * STATE + i * N + j] = S_{s0 + m}[i][j]
    // partial sums per parity and quarter: [2][PARTIALS][QUARTERS][N]
    float* s_partial = history + (SUB + 1) * STATE;

    const int bh = blockIdx.x, batch = bh / H, head = bh % H;
    const int j = threadIdx.x % N, quarter = threadIdx.x / N, first = quarter * QUARTER_ROWS;
    const int chunks = (T + CHUNK - 1) / CHUNK;
    float* own_history = history + first * N + j;  // this thread's rows of column j
    float G_row[QUARTER_ROWS], G_col[QUARTER_ROWS];  // G[j][first + x] and G[first + x][j]
#pragma unroll
    for (int x = 0; x < QUARTER_ROWS; x++) {
        G_row[x] = dstate_out[(size_t)bh * STATE + j * N + first + x];
        G_col[x] = dstate_out[(size_t)bh * STATE + (first + x) * N + j];
    }
    int parity = 0;

    for (int c = chunks - 1; c >= 0; c--) {
        const int t0 = c * CHUNK, len = min(CHUNK, T - t0);
        __syncthreads();  // everyone is done with the next chunk's inputs
        for (int e = threadIdx.x; e < len * N; e += BACKWARD_THREADS) {
            const int m = e / N, x = e % N;
            const size_t at = (((size_t)batch * T + t0 + m) * H + head) * N + x;
            s_r[e] = to_float(r[at]);
            s_d[e] = expf(to_float(w[at]));
            s_k[e] = to_float(k[at]);
            s_v[e] = to_float(v[at]);
            s_a[e] = to_float(a[at]);
            s_b[e] = to_float(b[at]);
            s_u[e] = u[at];
            s_dy[e] = to_float(dy[at]);
        }
        __syncthreads();
        const float* checkpoint = checkpoints + ((size_t)bh * chunks + c) * STATE + first * N + j;

        for (int s0 = ((len - 1) / SUB) * SUB; s0 >= 0; s0 -= SUB) {
            const int s1 = min(s0 + SUB, len);
            // Recompute this thread's part of S_{t0+s0} .. S_{t0+s1}; entries are independent given u.
            for (int x = 0; x < QUARTER_ROWS; x++) own_history[x * N] = checkpoint[x * N];
            for (int m = 0; m < s1; m++) {
                const float d_j = s_d[m * N + j], b_j = s_b[m * N + j], k_j = s_k[m * N + j];
                const float* u_m = s_u + m * N + first;
                const float* v_m = s_v + m * N + first;
                const float* from = own_history + (m <= s0 ? 0 : (m - s0) * STATE);
                float* to = own_history + (m < s0 ? 0 : (m - s0 + 1) * STATE);
#pragma unroll
                for (int x = 0; x < QUARTER_ROWS; x++) to[x * N] = from[x * N] * d_j + u_m[x] * b_j + v_m[x] * k_j;
            }

            for (int m = s1 - 1; m >= s0; m--) {
                const float* S_new = own_history + (m - s0 + 1) * STATE;  // S_t, rows first.. of column j
                const float* S_old = own_history + (m - s0) * STATE;      // S_{t-1}
                const float *r_m = s_r + m * N, *d_m = s_d + m * N, *k_m = s_k + m * N, *v_m = s_v + m * N;
                const float *a_m = s_a + m * N, *b_m = s_b + m * N, *u_m = s_u + m * N, *dy_m = s_dy + m * N;
                const float r_j = r_m[j], d_j = d_m[j], a_j = a_m[j], dy_j = dy_m[j];
                float* part = s_partial + parity * PARTIALS * QUARTERS * N;
                auto partial = [&](int which, int q, int x) -> float& {
                    return part[(which * QUARTERS + q) * N + x];
                };

                // Row j over this quarter's columns: parts of dv_j and du_j.
                float dv_part = 0.f, du_part = 0.f;
#pragma unroll
                for (int x = 0; x < QUARTER_ROWS; x++) {
                    G_row[x] += dy_j * r_m[first + x];
                    dv_part += G_row[x] * k_m[first + x];
                    du_part += G_row[x] * b_m[first + x];
                }
                partial(0, quarter, j) = dv_part;
                partial(1, quarter, j) = du_part;

                // Column j over this quarter's rows: parts of dr_j, dk_j, db_j and the decay gradient.
                float dr_part = 0.f, dk_part = 0.f, db_part = 0.f, dd_part = 0.f;
#pragma unroll
                for (int x = 0; x < QUARTER_ROWS; x++) {
                    const int i = first + x;
                    G_col[x] += dy_m[i] * r_j;
                    dr_part += S_new[x * N] * dy_m[i];
                    dk_part += G_col[x] * v_m[i];
                    db_part += G_col[x] * u_m[i];
                    dd_part += G_col[x] * S_old[x * N];
                }
                __syncthreads();  // every part of du is in shared memory

                float du[QUARTER_ROWS];  // du_i for this quarter's rows
                float da_part = 0.f;
#pragma unroll
                for (int x = 0; x < QUARTER_ROWS; x++) {
                    const int i = first + x;
                    du[x] = (partial(1, 0, i) + partial(1, 1, i)) + (partial(1, 2, i) + partial(1, 3, i));
                    da_part += du[x] * S_old[x * N];
                }
                const float du_j = (partial(1, 0, j) + partial(1, 1, j)) + (partial(1, 2, j) + partial(1, 3, j));
#pragma unroll
                for (int x = 0; x < QUARTER_ROWS; x++) {
                    G_row[x] = G_row[x] * d_m[first + x] + du_j * a_m[first + x];
                    G_col[x] = G_col[x] * d_j + du[x] * a_j;
                }
                partial(2, quarter, j) = dr_part;
                partial(3, quarter, j) = dk_part;
                partial(4, quarter, j) = db_part;
                partial(5, quarter, j) = dd_part;
                partial(6, quarter, j) = da_part;
                __syncthreads();  // every part of the column sums is in shared memory

                if (quarter == 0) {
                    auto total = [&](int which) {
                        return (partial(which, 0, j) + partial(which, 1, j)) +
                               (partial(which, 2, j) + partial(which, 3, j));
                    };
                    const size_t at = (((size_t)batch * T + t0 + m) * H + head) * N + j;
                    dv[at] = from_float<F>(total(0));
                    dr[at] = from_float<F>(total(2));
                    dk[at] = from_float<F>(total(3));
                    db[at] = from_float<F>(total(4));
                    dw[at] = from_float<W>(total(5) * d_j);
                    da[at] = from_float<F>(total(6));
                }
                parity ^= 1;
            }
        }
    }
#pragma unroll
    for (int x = 0; x < QUARTER_ROWS; x++) dstate0[(size_t)bh * STATE + (first + x) * N + j] = G_col[x];
}

// One token ([B, 1, H, N] inputs): the state goes through shared memory so its loads and stores coalesce.
template <typename F, typename W>
__global__ void __launch_bounds__(N) step_kernel(
    int H, const F* __restrict__ r, const W* __restrict__ w, const F* __restrict__ k, const F* __restrict__ v,
    const F* __restrict__ a, const F* __restrict__ b, const float* __restrict__ state0, F* __restrict__ y,
    float* __restrict__ state_out) {
    WKV_SHARED_BUFFER(shared);
    float* s_r = shared;
    float* s_d = s_r + N;
    float* s_k = s_d + N;
    float* s_a = s_k + N;
    float* s_b = s_a + N;
    float* s_state = s_b + N;  // padded rows of N + 1: row reads by different threads hit different banks

    const int bh = blockIdx.x, i = threadIdx.x;
    const size_t at = (size_t)bh * N + i;  // [B, 1, H, N] is [B*H, N]
    s_r[i] = to_float(r[at]);
    s_d[i] = expf(to_float(w[at]));
    s_k[i] = to_float(k[at]);
    s_a[i] = to_float(a[at]);
    s_b[i] = to_float(b[at]);
    const float v_i = to_float(v[at]);
    for (int x = i; x < STATE; x += N)
        s_state[(x / N) * (N + 1) + x % N] = state0 ? state0[(size_t)bh * STATE + x] : 0.f;
    __syncthreads();

    float* row = s_state + i * (N + 1);
    float S[N];
#pragma unroll
    for (int j = 0; j < N; j++) S[j] = row[j];
    const float u = dot_shared(S, s_a);
    float out = 0.f;
#pragma unroll
    for (int j = 0; j < N; j++) {
        S[j] = S[j] * s_d[j] + u * s_b[j] + v_i * s_k[j];
        out += S[j] * s_r[j];
        row[j] = S[j];
    }
    y[at] = from_float<F>(out);
    __syncthreads();
    for (int x = i; x < STATE; x += N) state_out[(size_t)bh * STATE + x] = s_state[(x / N) * (N + 1) + x % N];
}

}  // namespace wkv7
