package org.claimscape.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyMapTest {

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void keepsTheOrderAndTheValuesOfTheMapItCopies() {
        Map<String, Object> source = ordered("name_en", "Kurilsk", "pop", 1600L, "note", null, "a", 1.5);
        PropertyMap copy = PropertyMap.copyOf(source);
        assertThat(copy).containsExactlyEntriesOf(source);
        assertThat(copy.keySet()).containsExactly("name_en", "pop", "note", "a");
        assertThat(copy.get("note")).isNull();
        assertThat(copy.containsKey("note")).isTrue();
        assertThat(copy.containsKey("missing")).isFalse();
        assertThat(copy.get(42)).isNull();
    }

    @Test
    void equalsAndHashesLikeAnyMapWithTheSameEntries() {
        Map<String, Object> source = ordered("b", 2L, "a", "x");
        PropertyMap copy = PropertyMap.copyOf(source);
        Map<String, Object> other = new HashMap<>(source);
        assertThat(copy).isEqualTo(other);
        assertThat(other).isEqualTo(copy);
        assertThat(copy.hashCode()).isEqualTo(other.hashCode());
        assertThat(copy).isNotEqualTo(ordered("b", 2L, "a", "y"));
    }

    @Test
    void cannotBeChanged() {
        PropertyMap copy = PropertyMap.copyOf(ordered("a", 1L));
        assertThatThrownBy(() -> copy.put("b", 2L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.keySet().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.entrySet().iterator().next().setValue(3L))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mapsWithTheSameKeysFromOneTreeShareThem() {
        PropertyMap.Keys root = new PropertyMap.Keys();
        PropertyMap a = PropertyMap.copyOf(ordered("name", "a", "type", "port"), root);
        PropertyMap b = PropertyMap.copyOf(ordered("name", "b", "type", "cape"), root);
        PropertyMap c = PropertyMap.copyOf(ordered("type", "cape", "name", "c"), root);
        assertThat(a.keys()).isSameAs(b.keys());
        assertThat(c.keys()).isNotSameAs(a.keys());
        assertThat(b).containsExactlyEntriesOf(ordered("name", "b", "type", "cape"));
    }

    @Test
    void aKeyCannotComeTwice() {
        PropertyMap.Keys k = new PropertyMap.Keys().with("a").with("b");
        assertThat(k.with("a")).isNull();
        assertThatThrownBy(() -> PropertyMap.of(k, new Object[1])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsEveryKeyOfAWideMap() {
        Map<String, Object> wide = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            wide.put("key" + i, (long) i);
        }
        PropertyMap copy = PropertyMap.copyOf(wide);
        for (int i = 0; i < 100; i++) {
            // a new String each time: found by its text, not by its identity
            assertThat(copy.get(new String("key" + i))).isEqualTo((long) i);
        }
        assertThat(copy.get("key100")).isNull();
        assertThat(copy).isEqualTo(wide);
    }

    @Test
    void aFeatureKeepsAPropertyMapAsItIsAndCopiesAnyOtherMap() {
        PropertyMap props = PropertyMap.copyOf(ordered("name_en", "Shikotan"));
        assertThat(new Feature("s", null, props).properties()).isSameAs(props);
        Map<String, Object> plain = ordered("name_en", "Etorofu", "valid_from", "1855");
        Feature f = new Feature("e", null, plain);
        plain.put("name_en", "changed");
        assertThat(f.properties()).containsEntry("name_en", "Etorofu");
        assertThat(f.names().en()).isEqualTo("Etorofu");
        assertThat(f.validity().from()).hasToString("1855-01-01");
        assertThat(Arrays.asList(f.properties().keySet().toArray())).containsExactly("name_en", "valid_from");
    }

    @Test
    void mapsOfEverySizeReadLikeTheMapTheyCopy() {
        for (int size = 0; size <= 7; size++) {
            Map<String, Object> source = new LinkedHashMap<>();
            PropertyMap.Keys keys = new PropertyMap.Keys();
            Object[] buffer = new Object[8];
            for (int i = 0; i < size; i++) {
                Object value = i == 2 ? null : "v" + i; // a null value in the middle
                source.put("k" + (size - i), value);
                keys = keys.with("k" + (size - i));
                buffer[i] = value;
            }
            PropertyMap copied = PropertyMap.copyOf(source);
            PropertyMap fromBuffer = PropertyMap.copyOf(keys, buffer);
            buffer[0] = "changed"; // the reader's buffer is reused: the map must not see it
            for (PropertyMap m : new PropertyMap[] {copied, fromBuffer}) {
                assertThat(m).isEqualTo(source).hasSize(size);
                assertThat(m.isEmpty()).isEqualTo(size == 0);
                assertThat(m).containsExactlyEntriesOf(source);
                assertThat(m.hashCode()).isEqualTo(source.hashCode());
                assertThat(m.toString()).isEqualTo(source.toString());
                for (String key : source.keySet()) {
                    assertThat(m.containsKey(key)).isTrue();
                    assertThat(m.get(key)).isEqualTo(source.get(key));
                }
                assertThat(m.get("k0")).isNull();
                assertThat(m.containsKey("k0")).isFalse();
            }
        }
        assertThatThrownBy(() -> PropertyMap.copyOf(new PropertyMap.Keys().with("a").with("b"), new Object[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
