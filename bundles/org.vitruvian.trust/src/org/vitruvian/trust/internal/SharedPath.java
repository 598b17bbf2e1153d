package org.vitruvian.trust.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * An immutable path of links that shares all but its last entry with the path it extends. The
 * data reaching step k of a chain came along k links; copying each step's path from its
 * predecessor's would cost time and memory in the square of the chain's length, and did (5,000
 * steps: minutes and gigabytes). Extending costs one node instead. The first entries, which
 * {@link org.vitruvian.trust.CarriedData#shown} always reads, are kept in every node; others are
 * found by walking back from the end, so the last entries are cheap too.
 */
final class SharedPath extends AbstractList<String> {

    private static final int FIRST = 4;

    private final SharedPath parent;
    private final String last;
    private final int size;
    /** The path's first entries (up to {@value #FIRST}), shared by every longer path. */
    private final String[] first;

    private SharedPath(SharedPath parent, String last) {
        this.parent = parent;
        this.last = last;
        this.size = parent == null ? 1 : parent.size + 1;
        if (parent == null) {
            first = new String[] { last };
        } else if (parent.first.length < FIRST) {
            first = Arrays.copyOf(parent.first, parent.first.length + 1);
            first[first.length - 1] = last;
        } else {
            first = parent.first;
        }
    }

    static SharedPath of(String... entries) {
        SharedPath path = null;
        for (String entry : entries) {
            path = new SharedPath(path, entry);
        }
        if (path == null) {
            throw new IllegalArgumentException("a path has at least one entry");
        }
        return path;
    }

    /** Any path as a shared one: itself when it is one, else a copy to extend. */
    static SharedPath from(List<String> path) {
        return path instanceof SharedPath shared ? shared : of(path.toArray(String[]::new));
    }

    SharedPath then(String entry) {
        return new SharedPath(this, entry);
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        if (index < first.length) {
            return first[index];
        }
        SharedPath node = this;
        for (int back = size - 1 - index; back > 0; back--) {
            node = node.parent;
        }
        return node.last;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(toArray(new String[0])).iterator();
    }

    @Override
    public Object[] toArray() {
        return toArray(new String[0]);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] array) {
        Object[] entries = array.length >= size ? array : Arrays.copyOf(array, size);
        SharedPath node = this;
        for (int i = size - 1; i >= 0; i--, node = node.parent) {
            entries[i] = node.last;
        }
        if (entries.length > size) {
            entries[size] = null;
        }
        return (T[]) entries;
    }
}
