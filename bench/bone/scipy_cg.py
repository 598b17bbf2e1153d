#!/usr/bin/env python3
"""SciPy's conjugate gradients on the system the Java benchmark exported (K.mtx, b.mtx), with
the same Jacobi preconditioner and relative tolerance, for comparison with the matrix-free solver.

    scipy_cg.py RESULTS-FOLDER TOLERANCE      writes RESULTS-FOLDER/scipy.json
"""
import json
import sys
import time

import numpy as np
import scipy
import scipy.io
import scipy.sparse
import scipy.sparse.linalg


def main():
    folder, tolerance = sys.argv[1], float(sys.argv[2])
    start = time.perf_counter()
    matrix = scipy.io.mmread(f"{folder}/K.mtx").tocsr()
    rhs = np.asarray(scipy.io.mmread(f"{folder}/b.mtx")).ravel()
    java = np.asarray(scipy.io.mmread(f"{folder}/x-java.mtx")).ravel()
    read = time.perf_counter() - start

    jacobi = scipy.sparse.diags(1.0 / matrix.diagonal())
    iterations = [0]

    def count(_):
        iterations[0] += 1

    start = time.perf_counter()
    try:
        x, info = scipy.sparse.linalg.cg(matrix, rhs, rtol=tolerance, atol=0.0, M=jacobi, maxiter=100000,
                                         callback=count)
    except TypeError:  # SciPy before 1.12 calls the relative tolerance tol
        x, info = scipy.sparse.linalg.cg(matrix, rhs, tol=tolerance, atol=0.0, M=jacobi, maxiter=100000,
                                         callback=count)
    solve = time.perf_counter() - start

    products = 0
    start = time.perf_counter()
    while time.perf_counter() - start < 2.0 or products < 5:
        matrix @ x
        products += 1
    product_seconds = (time.perf_counter() - start) / products

    with open(f"{folder}/java.json") as handle:
        java_results = json.load(handle)
    femur = next(f for f in java_results["femurs"] if "exportedUnknowns" in f)
    elements = femur["elements"]
    result = {
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "unknowns": matrix.shape[0],
        "nonZeros": int(matrix.nnz),
        "readSeconds": read,
        "converged": info == 0,
        "iterations": iterations[0],
        "solveSeconds": solve,
        "relativeResidual": float(np.linalg.norm(rhs - matrix @ x) / np.linalg.norm(rhs)),
        "differenceToJava": float(np.linalg.norm(x - java) / np.linalg.norm(java)),
        "productSeconds": product_seconds,
        "productElementsPerSecond": elements / product_seconds,
        "javaSolveSeconds": femur["solveSeconds"],
        "javaIterations": femur["iterations"],
    }
    with open(f"{folder}/scipy.json", "w") as handle:
        json.dump(result, handle, indent=2)
    print(f"scipy {scipy.__version__}: {matrix.shape[0]} unknowns, {matrix.nnz} non-zeros; CG with Jacobi "
          f"{iterations[0]} iterations in {solve:.1f} s (Java {femur['iterations']} in {femur['solveSeconds']:.1f} s), "
          f"relative residual {result['relativeResidual']:.1e}, solutions differ by {result['differenceToJava']:.1e}; "
          f"product {elements / product_seconds / 1e6:.1f} M elements/s "
          f"(Java {femur['productElementsPerSecond'] / 1e6:.1f} M/s)")


if __name__ == "__main__":
    main()
