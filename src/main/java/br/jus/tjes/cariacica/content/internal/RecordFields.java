package br.jus.tjes.cariacica.content.internal;

import java.lang.reflect.RecordComponent;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.DirectFieldAccessor;
import org.springframework.util.ReflectionUtils;

/**
 * Copies a draft record to and from the fields of the same names of another object (a
 * staff form, an entity), so each of them names its fields once, after the draft, and is
 * read and written by name.
 */
public final class RecordFields {

    private RecordFields() {
    }

    /**
     * Sets each field of the target to the record's component of the same name.
     * @param convert the field's value from the component's type and value
     */
    public static void copy(Object record, Object target,
            BiFunction<Class<?>, @Nullable Object, @Nullable Object> convert) {
        var fields = new DirectFieldAccessor(target);
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = ReflectionUtils.invokeMethod(component.getAccessor(), record);
            fields.setPropertyValue(component.getName(), convert.apply(component.getType(), value));
        }
    }

    /**
     * A record made of the source's fields of the same names as its components.
     * @param convert the component's value from its type and the field's value
     */
    public static <R> R toRecord(Class<R> type, Object source,
            BiFunction<Class<?>, @Nullable Object, @Nullable Object> convert) {
        var fields = new DirectFieldAccessor(source);
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = convert.apply(components[i].getType(), fields.getPropertyValue(components[i].getName()));
        }
        return BeanUtils.instantiateClass(BeanUtils.getResolvableConstructor(type), values);
    }

}
