"""The special tokens that mark the parts of a prompt; `docs/prompt-format.md` says how they are laid out."""

PAD = "<|pad|>"
END = "<|end|>"
TASK = "<|task|>"
PAGE = "<|page|>"
DIFF = "<|diff|>"
STEP = "<|step|>"

# Order fixes their ids in a trained BPE vocabulary: pad is 0, end is 1, and so on.
SPECIAL_TOKENS = (PAD, END, TASK, PAGE, DIFF, STEP)
