// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 *   <li>CPU time per call (the calling thread's CPU time plus GC time), next to JMH's wall time: on a machine
 *       shared with other work, CPU time is the steadier figure; the peer scripts report their process's CPU
 *       time;</li>
 *   <li>the smoke mode: one call of every method on tiny inputs, in seconds ({@code BenchSmokeTest} and
 *       {@code run.sh --smoke}).</li>
 * </ul>
 *
 * <p>Prints result rows ({@code measure, tool, ms, unit, note}) as {@link ResultTable} reads them. Usage:
 * {@code Harness [--smoke] [--runs N] [--param name=v1,v2]... [ClassName...]}.
 */
public final class Harness {

    /** The benchmark classes, in the order of the table. */
    public static final List<Class<?>> BENCHMARKS = List.of(IngestBench.class, RenderBench.class,
            ExportBench.class, PickBench.class, SearchBench.class);

    /** Parameter values for the smoke mode: the small inputs only (the tiny scene: lakes and places). */
    public static final Map<String, String[]> SMOKE_PARAMS = Map.of(
            "file", new String[] {"lakes.geojson", BenchData.DENSE_FILE},
            "scene", new String[] {MapScenes.TINY},
            "layerSet", new String[] {MapScenes.TINY},
            "format", new String[] {"pdf", "png"},
            "pngDpi", new String[] {"72"},
            "size", new String[] {"1000"},
            "query", new String[] {"Etor", "Итуруп"});

    /** Warm-up per method: at least this long (and at least {@code warmups} calls). */
    static final long WARMUP_NANOS = 2_000_000_000L;
    /** Measurement per method: at least this long (and at least {@code runs} calls). */
    static final long MEASURE_NANOS = 2_000_000_000L;

    private final int warmups;
    private int runsDone;
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
        Map<String, String[]> overrides = new HashMap<>(smoke ? SMOKE_PARAMS : Map.of());
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
     * Runs every benchmark method of the class for every parameter combination, after a warm-up of at least
     * 2 s (none in the smoke mode), for at least {@code runs} calls and 2 s; returns per method and combination
     * the median CPU time per call (unit {@code ms cpu}) and the best wall time (unit {@code ms}: on a shared
     * machine other work only adds time).
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
                // Warm up as JMH does, by time as well as by count, so the JIT has compiled the hot paths.
                long warmEnd = System.nanoTime() + (warmups > 0 ? WARMUP_NANOS : 0);
                for (int i = 0; i < warmups || System.nanoTime() < warmEnd; i++) {
                    call(m, bench);
                }
                List<Double> cpuTimes = new ArrayList<>();
                List<Double> wallTimes = new ArrayList<>();
                long measureEnd = System.nanoTime() + (warmups > 0 ? MEASURE_NANOS : 0);
                while (wallTimes.size() < runs || System.nanoTime() < measureEnd) {
                    long c0 = cpuNanos();
                    long w0 = System.nanoTime();
                    call(m, bench);
                    wallTimes.add((System.nanoTime() - w0) / 1e6);
                    cpuTimes.add((cpuNanos() - c0) / 1e6);
                }
                double[] cpu = cpuTimes.stream().mapToDouble(Double::doubleValue).toArray();
                double[] wall = wallTimes.stream().mapToDouble(Double::doubleValue).toArray();
                runsDone = wall.length;
                out.add(new ResultTable.Result(measure, tool, median(cpu), "ms cpu",
                        "median of " + runsDone + " (harness: thread CPU + GC)"));
                out.add(new ResultTable.Result(measure, tool, Arrays.stream(wall).min().orElse(0), "ms",
                        "best of " + runsDone + " (harness)"));
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

    /**
     * CPU time of the calling thread plus the time spent in garbage collection: the work a call costs, without
     * the JIT compiler's threads (busy after start-up) and without waiting for a core on a shared machine.
     */
    static long cpuNanos() {
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() + gcMillis * 1_000_000L;
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
