"""Reads the legacy VTK STRUCTURED_POINTS files the MRI heating service writes (binary, big-endian)."""
import numpy as np


def read(path):
    """Returns (dims of cells (nx, ny, nz), origin mm, spacing mm, field data dict, cell arrays dict as [z, y, x])."""
    with open(path, "rb") as f:
        data = f.read()
    pos = 0

    def line():
        nonlocal pos
        end = data.index(b"\n", pos)
        text = data[pos:end].decode("ascii")
        pos = end + 1
        return text

    assert line().startswith("# vtk")
    line()
    assert line() == "BINARY"
    assert line() == "DATASET STRUCTURED_POINTS"
    dims = [int(v) - 1 for v in line().split()[1:]]
    origin = [float(v) for v in line().split()[1:]]
    spacing = float(line().split()[1])
    fields, cells = {}, {}
    nx, ny, nz = dims
    while pos < len(data):
        text = line()
        if not text:
            continue
        words = text.split()
        if words[0] == "FIELD":
            for _ in range(int(words[2])):
                name, _, tuples, _ = line().split()
                n = int(tuples)
                fields[name] = np.frombuffer(data, ">f8", n, pos).copy()
                pos += 8 * n
                line()
        elif words[0] in ("CELL_DATA", "POINT_DATA"):
            pass
        elif words[0] == "SCALARS":
            line()
            name, kind = words[1], words[2]
            point = name.startswith("point_")
            shape = (nz + 1, ny + 1, nx + 1) if point else (nz, ny, nx)
            count = int(np.prod(shape))
            if kind == "unsigned_char":
                arr = np.frombuffer(data, np.uint8, count, pos).reshape(shape)
                pos += count
            else:
                arr = np.frombuffer(data, ">f4", count, pos).reshape(shape).astype(np.float64)
                pos += 4 * count
            cells[name] = arr
            line()
    return dims, origin, spacing, fields, cells
