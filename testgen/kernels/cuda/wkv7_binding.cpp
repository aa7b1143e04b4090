// Torch binding of the WKV-7 kernels: checks shapes and dtypes, allocates outputs, launches on the current stream.
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <torch/extension.h>

#include <optional>
#include <vector>

#include "wkv7_launch.h"

namespace {

constexpr int64_t kHeadSize = 64;

void check_input(const at::Tensor& x, const at::Tensor& like, const char* name) {
    TORCH_CHECK(x.is_cuda(), "wkv7: ", name, " must be a CUDA tensor");
    TORCH_CHECK(x.is_contiguous(), "wkv7: ", name, " must be contiguous; call .contiguous() first");
    TORCH_CHECK(x.sizes() == like.sizes(), "wkv7: ", name, " has shape ", x.sizes(), ", expected ", like.sizes());
    const bool float_decay = name[0] == 'w' && x.scalar_type() == at::kFloat;
    TORCH_CHECK(x.scalar_type() == like.scalar_type() || float_decay, "wkv7: ", name, " has dtype ",
                x.scalar_type(), ", expected ", like.scalar_type(), name[0] == 'w' ? " or float32" : "");
}

void check_state(const at::Tensor& s, int64_t B, int64_t H, const char* name) {
    TORCH_CHECK(s.is_cuda() && s.is_contiguous() && s.scalar_type() == at::kFloat,
                "wkv7: ", name, " must be a contiguous float32 CUDA tensor");
    TORCH_CHECK(s.sizes() == at::IntArrayRef({B, H, kHeadSize, kHeadSize}), "wkv7: ", name, " has shape ",
                s.sizes(), ", expected [", B, ", ", H, ", 64, 64]");
}

// Checks r..b and returns (B, T, H).
std::vector<int64_t> check_inputs(const std::vector<at::Tensor>& inputs) {
    const at::Tensor& r = inputs[0];
    TORCH_CHECK(r.dim() == 4 && r.size(3) == kHeadSize, "wkv7: inputs must be [B, T, H, 64], got ", r.sizes());
    TORCH_CHECK(r.scalar_type() == at::kFloat || r.scalar_type() == at::kBFloat16,
                "wkv7: the CUDA kernel takes float32 or bfloat16 inputs, got ", r.scalar_type());
    const char* names[] = {"r", "w", "k", "v", "a", "b", "dy"};
    for (size_t n = 0; n < inputs.size(); n++) check_input(inputs[n], r, names[n]);
    return {r.size(0), r.size(1), r.size(2)};
}

// Calls fn(F{}, W{}) with the element types of the inputs and of the log decay w.
template <typename Fn>
void dispatch(const at::Tensor& r, const at::Tensor& w, Fn&& fn) {
    if (r.scalar_type() == at::kFloat)
        fn(float{}, float{});
    else if (w.scalar_type() == at::kFloat)
        fn(__nv_bfloat16{}, float{});
    else
        fn(__nv_bfloat16{}, __nv_bfloat16{});
}

template <typename F>
const F* in(const at::Tensor& x) {
    return reinterpret_cast<const F*>(x.data_ptr());
}
template <typename F>
F* out(at::Tensor& x) {
    return reinterpret_cast<F*>(x.data_ptr());
}
const float* maybe(const std::optional<at::Tensor>& x) { return x ? x->data_ptr<float>() : nullptr; }

// Returns [y, state_T] and, when save_for_backward, also [u, checkpoints].
std::vector<at::Tensor> forward(at::Tensor r, at::Tensor w, at::Tensor k, at::Tensor v, at::Tensor a, at::Tensor b,
                                std::optional<at::Tensor> state0, bool save_for_backward) {
    const auto shape = check_inputs({r, w, k, v, a, b});
    const int64_t B = shape[0], T = shape[1], H = shape[2];
    if (state0) check_state(*state0, B, H, "state0");
    const c10::cuda::CUDAGuard guard(r.device());
    auto stream = c10::cuda::getCurrentCUDAStream();
    auto y = at::empty_like(r);
    auto state_out = at::empty({B, H, kHeadSize, kHeadSize}, r.options().dtype(at::kFloat));
    at::Tensor u, checkpoints;
    if (save_for_backward) {
        u = at::empty({B, T, H, kHeadSize}, r.options().dtype(at::kFloat));
        checkpoints = at::empty({B * H, wkv7::checkpoint_count(T), kHeadSize, kHeadSize},
                                r.options().dtype(at::kFloat));
    }
    float* u_ptr = save_for_backward ? u.data_ptr<float>() : nullptr;
    float* checkpoint_ptr = save_for_backward ? checkpoints.data_ptr<float>() : nullptr;
    dispatch(r, w, [&](auto f, auto g) {
        using F = decltype(f);
        using W = decltype(g);
        wkv7::launch_forward<F, W>(B, T, H, in<F>(r), in<W>(w), in<F>(k), in<F>(v), in<F>(a), in<F>(b),
                                   maybe(state0), out<F>(y), state_out.data_ptr<float>(), u_ptr, checkpoint_ptr,
                                   stream);
    });
    C10_CUDA_KERNEL_LAUNCH_CHECK();
    if (save_for_backward) return {y, state_out, u, checkpoints};
    return {y, state_out};
}

// Returns [dr, dw, dk, dv, da, db, dstate0]; dy has the dtype of r, dw that of w.
std::vector<at::Tensor> backward(at::Tensor r, at::Tensor w, at::Tensor k, at::Tensor v, at::Tensor a, at::Tensor b,
                                 at::Tensor u, at::Tensor checkpoints, at::Tensor dy, at::Tensor dstate_out) {
    const auto shape = check_inputs({r, w, k, v, a, b, dy});
    const int64_t B = shape[0], T = shape[1], H = shape[2];
    check_state(dstate_out, B, H, "the gradient of the final state");
    TORCH_CHECK(u.scalar_type() == at::kFloat && u.is_contiguous() && u.numel() == r.numel(),
                "wkv7: u must be the float32 tensor saved by the forward");
    TORCH_CHECK(checkpoints.scalar_type() == at::kFloat && checkpoints.is_contiguous() &&
                    checkpoints.numel() == B * H * wkv7::checkpoint_count(T) * kHeadSize * kHeadSize,
                "wkv7: checkpoints must be the float32 tensor saved by the forward");
    const c10::cuda::CUDAGuard guard(r.device());
    auto stream = c10::cuda::getCurrentCUDAStream();
    auto dr = at::empty_like(r), dw = at::empty_like(w), dk = at::empty_like(r);
    auto dv = at::empty_like(r), da = at::empty_like(r), db = at::empty_like(r);
    auto dstate0 = at::empty({B, H, kHeadSize, kHeadSize}, r.options().dtype(at::kFloat));
    dispatch(r, w, [&](auto f, auto g) {
        using F = decltype(f);
        using W = decltype(g);
        wkv7::launch_backward<F, W>(B, T, H, in<F>(r), in<W>(w), in<F>(k), in<F>(v), in<F>(a), in<F>(b),
                                    u.data_ptr<float>(), checkpoints.data_ptr<float>(), in<F>(dy),
                                    dstate_out.data_ptr<float>(), out<F>(dr), out<W>(dw), out<F>(dk), out<F>(dv),
                                    out<F>(da), out<F>(db), dstate0.data_ptr<float>(), stream);
    });
    C10_CUDA_KERNEL_LAUNCH_CHECK();
    return {dr, dw, dk, dv, da, db, dstate0};
}

// One token: [B, 1, H, 64] inputs; returns [y, state_1].
std::vector<at::Tensor> step(at::Tensor r, at::Tensor w, at::Tensor k, at::Tensor v, at::Tensor a, at::Tensor b,
                             std::optional<at::Tensor> state0) {
    const auto shape = check_inputs({r, w, k, v, a, b});
    const int64_t B = shape[0], T = shape[1], H = shape[2];
    TORCH_CHECK(T == 1, "wkv7 step: inputs must hold one token, got T=", T);
    if (state0) check_state(*state0, B, H, "state0");
    const c10::cuda::CUDAGuard guard(r.device());
    auto stream = c10::cuda::getCurrentCUDAStream();
    auto y = at::empty_like(r);
    auto state_out = at::empty({B, H, kHeadSize, kHeadSize}, r.options().dtype(at::kFloat));
    dispatch(r, w, [&](auto f, auto g) {
        using F = decltype(f);
        using W = decltype(g);
        wkv7::launch_step<F, W>(B, H, in<F>(r), in<W>(w), in<F>(k), in<F>(v), in<F>(a), in<F>(b), maybe(state0),
                                out<F>(y), state_out.data_ptr<float>(), stream);
    });
    C10_CUDA_KERNEL_LAUNCH_CHECK();
    return {y, state_out};
}

}  // namespace

PYBIND11_MODULE(TORCH_EXTENSION_NAME, m) {
    m.doc() = "WKV-7 CUDA kernels (forward with checkpoints, backward, single-token step)";
    m.def("forward", &forward, "WKV-7 forward", py::arg("r"), py::arg("w"), py::arg("k"), py::arg("v"),
          py::arg("a"), py::arg("b"), py::arg("state0"), py::arg("save_for_backward"));
    m.def("backward", &backward, "WKV-7 backward", py::arg("r"), py::arg("w"), py::arg("k"), py::arg("v"),
          py::arg("a"), py::arg("b"), py::arg("u"), py::arg("checkpoints"), py::arg("dy"), py::arg("dstate_out"));
    m.def("step", &step, "WKV-7 single-token step", py::arg("r"), py::arg("w"), py::arg("k"), py::arg("v"),
          py::arg("a"), py::arg("b"), py::arg("state0"));
}
