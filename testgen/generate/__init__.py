"""English to a validated test: prompt layout, pointer features, constrained decoding, the live loop."""
