package org.servicepact.platform.persistence;

import jakarta.persistence.Column;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.rules.StorableCharacters;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses text that its database column cannot keep as it was typed, naming the field, before anything is
 * written: text longer than the column (the limit named, never cut), and a character no database keeps as given (a
 * NUL, half of a UTF-16 pair: {@link StorableCharacters}; refused on H2 too, so both behave alike). Runs for every
 * entity before it is inserted or updated (the default entity listener in {@code META-INF/orm.xml}), so no form,
 * import or API call can store less than it was given.
 */
public class StorableText {

    private static final Map<Class<?>, List<TextField>> TEXT_FIELDS = new ConcurrentHashMap<>();

    /** A text field of an entity and the length of its column. */
    private record TextField(Field field, int maxLength) {
    }

    public void check(Object entity) {
        for (TextField text : TEXT_FIELDS.computeIfAbsent(entity.getClass(), StorableText::textFields)) {
            if (read(text.field(), entity) instanceof String value) {
                if (value.length() > text.maxLength()) {
                    throw new RuleViolation(text.field().getName(), "text.tooLong", text.maxLength(), value.length());
                }
                String refusal = StorableCharacters.refusal(value);
                if (refusal != null) {
                    throw new RuleViolation(text.field().getName(), refusal);
                }
            }
        }
    }

    private static List<TextField> textFields(Class<?> type) {
        List<TextField> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getType() == String.class && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    Column column = field.getAnnotation(Column.class);
                    fields.add(new TextField(field, column == null ? Integer.MAX_VALUE : column.length()));
                }
            }
        }
        return List.copyOf(fields);
    }

    private static Object read(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }
}
