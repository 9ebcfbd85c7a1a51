package dev.imgproc.filter.spec;

import java.util.Map;

/** The parameter values given to one filter in a spec; parameters not given read as their defaults. */
public final class Args {
    private final Map<Param<?>, Object> values;

    Args(Map<Param<?>, Object> values) {
        this.values = Map.copyOf(values);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Param<T> param) {
        Object value = values.get(param);
        return value != null ? (T) value : param.defaultValue();
    }

    public boolean has(Param<?> param) {
        return values.containsKey(param);
    }
}
