"""The torch-only core: parameters, directions, the evaluator, curvature, trajectories."""
