package org.opencheckin.simulators.cli;

import org.opencheckin.simulators.bench.BenchConfig;
import org.opencheckin.simulators.bench.SimulatorBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar simulators/target/opencheckin-simulators.jar --config sims.yml} starts the configured
 * simulators, prints the device addresses, writes them to the paths file and runs until stopped; each line
 * typed on standard input is a control command. {@code ... control [--port 7171] <command...>} sends one
 * command to a running bench.
 */
@Command(name = "opencheckin-simulators", mixinStandardHelpOptions = true,
        description = "Protocol-exact simulators of the kiosk's devices on pseudo-terminals.",
        subcommands = SimulatorsCli.Control.class)
public final class SimulatorsCli implements Callable<Integer> {

    @Option(names = "--config", description = "YAML configuration (docs/simulators.md)")
    Path config;

    @Override
    public Integer call() throws Exception {
        if (config == null) {
            System.err.println("--config <sims.yml> is required (see docs/simulators.md)");
            return 2;
        }
        BenchConfig cfg = BenchConfig.load(config);
        SimulatorBench bench = SimulatorBench.start(cfg);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                bench.close();
            } catch (Exception ignored) {
                // shutting down
            }
            stopped.countDown();
        }));
        bench.addresses().forEach((k, v) -> System.out.println(k + "=" + v));
        System.out.println("paths written to " + cfg.pathsFile());
        System.out.println("ready (type 'help' for control commands)");
        System.out.flush();
        Thread console = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        System.out.println(bench.execute(line));
                    }
                }
            } catch (Exception ignored) {
                // no console: keep running
            }
        }, "sim-console");
        console.setDaemon(true);
        console.start();
        stopped.await();
        return 0;
    }

    @Command(name = "control", description = "Send one control command to a running bench.")
    static final class Control implements Callable<Integer> {
        @Option(names = "--port", defaultValue = "7171")
        int port;

        @Parameters(arity = "1..*", description = "the command, e.g. fault dispenser JAM")
        List<String> words;

        @Override
        public Integer call() throws Exception {
            try (Socket socket = new Socket("127.0.0.1", port);
                 PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
                 BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                out.println(String.join(" ", words));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    System.out.println(line);
                    if (line.startsWith("OK") || line.startsWith("ERR")) {
                        return line.startsWith("OK") ? 0 : 1;
                    }
                }
            }
            return 1;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SimulatorsCli()).execute(args));
    }
}
