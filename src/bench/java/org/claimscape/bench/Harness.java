// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Runs the JMH benchmark classes of this package without JMH: each {@link Benchmark} method for each
 * combination of {@link Param} values, a few warm-up calls, then timed calls. It serves two purposes:
 *
 * <ul>
 *   <li>CPU time per call (the process's CPU time, so GC and helper threads count), next to JMH's wall time:
 *       on a machine shared with other work, CPU time is the steadier figure, and the peer scripts report
 *       both the same way;</li>
 *   <li>the smoke mode: one call of every method on tiny inputs, in seconds ({@code BenchSmokeTest} and
 *       {@code run.sh --smoke}).</li>
 * </ul>
 *
 * <p>Prints result rows ({@code measure, tool, ms, unit, note}) as {@link ResultTable} reads them. Usage:
 * {@code Harness [--smoke] [--runs N] [--param name=v1,v2]... [ClassName...]}.
 */
public final class Harness {

    /** The benchmark classes, in the order of the table. */
    public static final List<Class<?>> BENCHMARKS = List.of(IngestBench.class, RenderBench.class);

    /** Parameter values for the smoke mode: the small inputs only. */
    public static final Map<String, String[]> SMOKE_PARAMS = Map.of(
            "file", new String[] {"lakes.geojson", BenchData.DENSE_FILE},
            "scene", new String[] {"detail", "dense-overview"});

    private final int warmups;
    private final int runs;
    private final Map<String, String[]> overrides;

    public Harness(int warmups, int runs, Map<String, String[]> overrides) {
        this.warmups = warmups;
        this.runs = runs;
        this.overrides = overrides;
    }

    /** One call of each benchmark method on the smoke inputs. */
    public static Harness smoke() {
        return new Harness(0, 1, SMOKE_PARAMS);
    }

    public static void main(String[] args) throws Exception {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        boolean smoke = a.remove("--smoke");
        int runs = smoke ? 1 : 10;
        int at = a.indexOf("--runs");
        if (at >= 0) {
            runs = Integer.parseInt(a.get(at + 1));
            a.subList(at, at + 2).clear();
        }
        Map<String, String[]> overrides = new java.util.HashMap<>(smoke ? SMOKE_PARAMS : Map.of());
        for (int i = a.indexOf("--param"); i >= 0; i = a.indexOf("--param")) {
            String[] kv = a.get(i + 1).split("=", 2);
            overrides.put(kv[0], kv[1].split(","));
            a.subList(i, i + 2).clear();
        }
        Harness h = new Harness(smoke ? 0 : 3, runs, overrides);
        for (Class<?> c : BENCHMARKS) {
            if (a.isEmpty() || a.contains(c.getSimpleName())) {
                for (ResultTable.Result r : h.run(c)) {
                    System.out.println(String.join("\t", r.measure(), r.tool(),
                            String.format(Locale.ROOT, "%.4f", r.value()), r.unit(), r.note()));
                    System.out.flush();
                }
            }
        }
    }

    /**
     * Runs every benchmark method of the class for every parameter combination; returns per method and
     * combination the median CPU time per call (unit {@code ms cpu}) and the best wall time (unit {@code ms}: on a
     * shared machine other work only adds time).
     * Each call's return value must be non-null.
     */
    public List<ResultTable.Result> run(Class<?> benchClass) throws Exception {
        List<Field> params = new ArrayList<>();
        for (Field f : benchClass.getFields()) {
            if (f.isAnnotationPresent(Param.class)) {
                params.add(f);
            }
        }
        // By name, as JMH lists them: the measure key is the values in this order.
        params.sort((x, y) -> x.getName().compareTo(y.getName()));
        List<ResultTable.Result> out = new ArrayList<>();
        for (String[] combination : combinations(params)) {
            Object bench = benchClass.getConstructor().newInstance();
            for (int i = 0; i < params.size(); i++) {
                params.get(i).set(bench, combination[i]);
            }
            for (Method m : benchClass.getMethods()) {
                if (m.isAnnotationPresent(Setup.class)) {
                    invoke(m, bench);
                }
            }
            String measure = benchClass.getSimpleName().replaceFirst("Bench$", "").toLowerCase(Locale.ROOT) + "/"
                    + String.join(",", combination);
            for (Method m : benchMethods(benchClass)) {
                String tool = m.getName().equals("claimscape") ? "claimscape"
                        : m.getName().startsWith("claimscape")
                        ? "claimscape-" + kebab(m.getName().substring("claimscape".length())) : kebab(m.getName());
                for (int i = 0; i < warmups; i++) {
                    call(m, bench);
                }
                double[] cpu = new double[runs];
                double[] wall = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long c0 = processCpuNanos();
                    long w0 = System.nanoTime();
                    call(m, bench);
                    wall[i] = (System.nanoTime() - w0) / 1e6;
                    cpu[i] = (processCpuNanos() - c0) / 1e6;
                }
                out.add(new ResultTable.Result(measure, tool, median(cpu), "ms cpu",
                        "median of " + runs + " (harness)"));
                out.add(new ResultTable.Result(measure, tool, Arrays.stream(wall).min().orElse(0), "ms",
                        "best of " + runs + " (harness)"));
            }
        }
        return out;
    }

    /** The benchmark methods in declaration-independent, stable order (by name). */
    static List<Method> benchMethods(Class<?> c) {
        List<Method> out = new ArrayList<>();
        for (Method m : c.getMethods()) {
            if (m.isAnnotationPresent(Benchmark.class)) {
                out.add(m);
            }
        }
        out.sort((x, y) -> x.getName().compareTo(y.getName()));
        return out;
    }

    private List<String[]> combinations(List<Field> params) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[params.size()]);
        for (int i = 0; i < params.size(); i++) {
            Field f = params.get(i);
            String[] values = overrides.getOrDefault(f.getName(), f.getAnnotation(Param.class).value());
            List<String[]> next = new ArrayList<>();
            for (String[] partial : out) {
                for (String v : values) {
                    String[] c = partial.clone();
                    c[i] = v;
                    next.add(c);
                }
            }
            out = next;
        }
        return out;
    }

    private static void call(Method m, Object bench) throws Exception {
        if (invoke(m, bench) == null) {
            throw new IllegalStateException(m + " returned null");
        }
    }

    private static Object invoke(Method m, Object target) throws Exception {
        try {
            return m.invoke(target);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception) {
                throw (Exception) e.getCause();
            }
            throw e;
        }
    }

    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
        }
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    static String kebab(String camel) {
        String s = camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return s.startsWith("-") ? s.substring(1) : s;
    }
}
