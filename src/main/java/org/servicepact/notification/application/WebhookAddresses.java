package org.servicepact.notification.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where webhooks may go: a head's address must not turn the portal into a way into the machines beside it (the
 * portal's own host, a cloud's metadata service, the networks an organisation keeps private). Addresses in loopback,
 * link-local, private (RFC 1918, shared address space, IPv6 unique local), multicast and reserved blocks are refused,
 * but for the ranges an administrator allows in {@code servicepact.webhooks.allowed-networks} (comma-separated,
 * {@code 10.20.0.0/16,fd00:1::/64}: where the organisation's own chat or ticket systems live).
 *
 * <p>A host is looked up when a webhook is registered (a name that does not resolve yet is taken) and again before
 * every delivery, each address it resolves to checked; the Java HTTP client then connects with the JVM's cached
 * answer of that look-up. The system resolver has no time limit a caller can set (a name server that does not answer
 * holds it for its own retries, often tens of seconds), so the look-up runs on a thread of its own and is given up
 * after {@link #LOOKUP_LIMIT}; at most {@link #LOOKUPS_AT_ONCE} wait on the resolver at once, the others queued.
 */
@ApplicationScoped
public class WebhookAddresses {

    /** Blocks no delivery goes to unless allowed; loopback, link-local, site-local and multicast are the JDK's own tests. */
    private static final List<NetworkRange> NOT_PUBLIC = Arrays.asList(
            NetworkRange.parse("0.0.0.0/8"),         // "this network"
            NetworkRange.parse("100.64.0.0/10"),     // shared address space (carrier-grade NAT)
            NetworkRange.parse("192.0.0.0/24"),      // IETF protocol assignments
            NetworkRange.parse("198.18.0.0/15"),     // benchmarking
            NetworkRange.parse("240.0.0.0/4"),       // reserved, and the broadcast address
            NetworkRange.parse("fc00::/7"),          // IPv6 unique local
            NetworkRange.parse("::/96"),             // IPv4-compatible IPv6, an IPv4 address in disguise
            NetworkRange.parse("64:ff9b::/96"));     // NAT64, the same

    /** How long a look-up of a webhook's host may take before it counts as not answered. */
    static final Duration LOOKUP_LIMIT = Duration.ofSeconds(5);

    /** Looks a host's addresses up: the system resolver, or in tests one that answers as they need. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] addressesOf(String host) throws UnknownHostException;
    }

    /** Look-ups that may wait on the resolver at once; further ones queue, up to {@link #LOOKUPS_QUEUED}. */
    static final int LOOKUPS_AT_ONCE = 4;
    static final int LOOKUPS_QUEUED = 200;

    /** A host's look-up that did not answer in time, or could not start. */
    public static final class LookupUnanswered extends Exception {
        LookupUnanswered(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Threads of the bean's own for the look-ups, not the container's executor: that one runs a task in its caller's
     * context, and ending the task ends the caller's invocation with it, closing its entity managers under the caller
     * (whose next query then failed with "closed EntityManager"). A look-up needs no context at all.
     */
    private final ExecutorService lookups = lookupThreads();

    Resolver resolver = InetAddress::getAllByName;

    Duration lookupLimit = LOOKUP_LIMIT;

    @Inject
    @ConfigProperty(name = "servicepact.webhooks.allowed-networks")
    Optional<String> allowedNetworks;

    private List<NetworkRange> allowed;

    @PostConstruct
    void readAllowedNetworks() {
        allowed = allowedNetworks.map(WebhookAddresses::ranges).orElse(List.of());
    }

    /** Read at start-up: a setting that is not a list of ranges stops the deployment, saying which entry is wrong. */
    void readAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the observer alone makes the container create the bean, and so read the setting
    }

    static List<NetworkRange> ranges(String commaSeparated) {
        try {
            return Arrays.stream(commaSeparated.split(",")).filter(range -> !range.isBlank()).map(NetworkRange::parse).toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("servicepact.webhooks.allowed-networks: " + e.getMessage(), e);
        }
    }

    /**
     * The first address the host resolves to that no webhook may reach, if any; empty too when the host does not
     * resolve (the delivery then fails as any unreachable address does).
     *
     * @throws LookupUnanswered when the resolver has not answered within the limit ({@link #LOOKUP_LIMIT})
     */
    public Optional<InetAddress> refusedAddressOf(String host) throws LookupUnanswered {
        for (InetAddress address : addressesOf(host)) {
            if (!mayReach(address, allowed)) {
                return Optional.of(address);
            }
        }
        return Optional.empty();
    }

    /** The host's addresses, none when it does not resolve (an unknown host, or a resolver that failed). */
    InetAddress[] addressesOf(String host) throws LookupUnanswered {
        FutureTask<InetAddress[]> lookUp = new FutureTask<>(() -> resolver.addressesOf(host));
        try {
            lookups.execute(lookUp);
        } catch (RejectedExecutionException e) {
            throw new LookupUnanswered("the look-up of " + host + " could not start: " + LOOKUPS_QUEUED
                    + " look-ups are waiting on the resolver already");
        }
        try {
            return lookUp.get(lookupLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            lookUp.cancel(true);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new LookupUnanswered("the look-up of " + host + " did not answer within " + lookupLimit.toMillis() + " ms");
        } catch (ExecutionException e) {
            return new InetAddress[0];
        }
    }

    /**
     * Daemon threads, made as look-ups need them and gone after a minute idle. A look-up given up while queued is
     * cancelled, so a thread that comes free passes over it.
     */
    private static ExecutorService lookupThreads() {
        AtomicInteger made = new AtomicInteger();
        ThreadPoolExecutor threads = new ThreadPoolExecutor(LOOKUPS_AT_ONCE, LOOKUPS_AT_ONCE, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(LOOKUPS_QUEUED), task -> {
                    Thread thread = new Thread(task, "webhook-lookup-" + made.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        threads.allowCoreThreadTimeOut(true);
        return threads;
    }

    @PreDestroy
    void stopLookups() {
        lookups.shutdownNow();
    }

    /** Whether a delivery may go to the address: a public one, or one in an allowed range. */
    static boolean mayReach(InetAddress address, List<NetworkRange> allowedRanges) {
        for (NetworkRange range : allowedRanges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return !isNotPublic(address);
    }

    private static boolean isNotPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        for (NetworkRange range : NOT_PUBLIC) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
