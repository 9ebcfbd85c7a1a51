package dev.imgproc.filter.spec;

import java.util.Map;

/**
 * The parameter values given to one filter in a spec, by parameter name (unique within a filter); parameters not
 * given read as their defaults. Keyed by name rather than by {@link Param}: a record's hashCode and equals are made at
 * run time from method handles, which cost the first spec parsed at start-up about 15 ms.
 */
public final class Args {
    private final Map<String, Object> values;

    Args(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Param<T> param) {
        Object value = values.get(param.name());
        return value != null ? (T) value : param.defaultValue();
    }

    public boolean has(Param<?> param) {
        return values.containsKey(param.name());
    }
}
