package org.servicepact.notification.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "::1", "0.0.0.0", "::", "0.1.2.3", "10.0.0.7", "172.16.0.1", "172.31.255.255",
            "192.168.1.1", "169.254.169.254", "fe80::1", "fd00::7", "fc12::1", "100.64.0.1", "100.127.255.254", "192.0.0.8",
            "198.18.0.1", "224.0.0.1", "ff02::1", "255.255.255.255", "240.0.0.1", "::ffff:127.0.0.1", "::ffff:10.1.2.3",
            "::10.1.2.3", "64:ff9b::a00:1", "fec0::1"})
    void noWebhookReachesALocalOrPrivateAddress(String address) throws UnknownHostException {
        assertFalse(WebhookAddresses.mayReach(InetAddress.getByName(address), List.of()), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1",
            "192.0.1.1", "198.20.0.1", "223.255.255.255", "2606:4700::1111", "2a00:1450:4001:81c::200e"})
    void aPublicAddressIsReached(String address) throws UnknownHostException {
        assertTrue(WebhookAddresses.mayReach(InetAddress.getByName(address), List.of()), address);
    }

    @Test
    void anAllowedRangeIsReachedAndNothingBesideIt() throws UnknownHostException {
        List<NetworkRange> allowed = WebhookAddresses.ranges(" 10.20.0.0/16, fd00:1::/64 ,192.168.5.7,");
        assertTrue(WebhookAddresses.mayReach(InetAddress.getByName("10.20.255.1"), allowed));
        assertFalse(WebhookAddresses.mayReach(InetAddress.getByName("10.21.0.1"), allowed));
        assertTrue(WebhookAddresses.mayReach(InetAddress.getByName("fd00:1::42"), allowed));
        assertFalse(WebhookAddresses.mayReach(InetAddress.getByName("fd00:2::42"), allowed));
        assertTrue(WebhookAddresses.mayReach(InetAddress.getByName("192.168.5.7"), allowed), "one address alone");
        assertFalse(WebhookAddresses.mayReach(InetAddress.getByName("192.168.5.8"), allowed));
        assertTrue(WebhookAddresses.mayReach(InetAddress.getByName("8.8.8.8"), allowed), "the public internet stays reachable");
    }

    @Test
    void aRangeEndingInsideAByteCountsOnlyItsBits() throws UnknownHostException {
        NetworkRange range = NetworkRange.parse("172.16.0.0/12");
        assertTrue(range.contains(InetAddress.getByName("172.31.0.1")));
        assertFalse(range.contains(InetAddress.getByName("172.32.0.1")));
        assertFalse(range.contains(InetAddress.getByName("::ffff:ac20:1")), "mapped to IPv4 by the JDK: 172.32.0.1");
        assertFalse(range.contains(InetAddress.getByName("fd00::1")), "an IPv6 address is never in an IPv4 range");
        assertTrue(NetworkRange.parse("0.0.0.0/0").contains(InetAddress.getByName("203.0.113.9")));
        assertEquals("172.16.0.0/12", range.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"intranet.example.org", "10.0.0.0/33", "fd00::/129", "10.0.0.0/-1", "10.0.0.0/x", "10.0.0/8", "10.0.0.0.0/8",
            "/8", "fd00::g/8", "fe80::1%eth0", "10.0.0.0 /8 9"})
    void aSettingThatIsNotARangeStopsTheStartSayingWhich(String entry) {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> WebhookAddresses.ranges("10.0.0.0/8," + entry));
        assertTrue(refused.getMessage().startsWith("servicepact.webhooks.allowed-networks: '" + entry + "'"), refused.getMessage());
    }

    @Test
    void aHostIsRefusedWhenAnyOfItsAddressesIsPrivate() throws Exception {
        WebhookAddresses addresses = resolving(host -> new InetAddress[]{InetAddress.getByName("93.184.216.34"),
                InetAddress.getByName("10.0.0.7")});
        assertEquals(Optional.of(InetAddress.getByName("10.0.0.7")), addresses.refusedAddressOf("hooks.example.org"));
        assertEquals(Optional.empty(), resolving(host -> new InetAddress[]{InetAddress.getByName("93.184.216.34")})
                .refusedAddressOf("hooks.example.org"));
    }

    @Test
    void aHostThatDoesNotResolveIsNotRefused() throws Exception {
        WebhookAddresses addresses = resolving(host -> {
            throw new UnknownHostException(host);
        });
        assertEquals(Optional.empty(), addresses.refusedAddressOf("not-yet.example.org"));
    }

    @Test
    @Timeout(30)
    void aLookUpThatDoesNotAnswerIsGivenUpAfterTheLimit() {
        CountDownLatch never = new CountDownLatch(1);
        WebhookAddresses addresses = resolving(host -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new UnknownHostException(host);
        });
        addresses.lookupLimit = Duration.ofMillis(200);
        WebhookAddresses.LookupUnanswered unanswered = assertThrows(WebhookAddresses.LookupUnanswered.class,
                () -> addresses.refusedAddressOf("silent.example.org"));
        assertEquals("the look-up of silent.example.org did not answer within 200 ms", unanswered.getMessage());
    }

    @Test
    @Timeout(30)
    void lookUpsWaitOnTheResolverFourAtATimeAndAFifthQueuedIsGivenUpAfterTheLimit() throws Exception {
        CountDownLatch entered = new CountDownLatch(WebhookAddresses.LOOKUPS_AT_ONCE);
        CountDownLatch answer = new CountDownLatch(1);
        AtomicInteger asked = new AtomicInteger();
        WebhookAddresses addresses = resolving(host -> {
            asked.incrementAndGet();
            entered.countDown();
            awaitUninterruptibly(answer);
            return new InetAddress[]{InetAddress.getByName("93.184.216.34")};
        });
        addresses.lookupLimit = Duration.ofMillis(300);
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < WebhookAddresses.LOOKUPS_AT_ONCE; i++) {
            Thread caller = new Thread(() -> assertThrows(WebhookAddresses.LookupUnanswered.class,
                    () -> addresses.refusedAddressOf("hanging.example.org")));
            caller.start();
            callers.add(caller);
        }
        entered.await();
        assertEquals("the look-up of fifth.example.org did not answer within 300 ms", assertThrows(WebhookAddresses.LookupUnanswered.class,
                () -> addresses.refusedAddressOf("fifth.example.org")).getMessage());
        assertEquals(WebhookAddresses.LOOKUPS_AT_ONCE, asked.get(), "the fifth waited in the queue, not on the resolver");

        answer.countDown();
        for (Thread caller : callers) {
            caller.join();
        }
        addresses.lookupLimit = Duration.ofSeconds(10);
        assertEquals(Optional.empty(), addresses.refusedAddressOf("later.example.org"), "the threads come free");
        assertEquals(WebhookAddresses.LOOKUPS_AT_ONCE + 1, asked.get(), "the fifth, given up, was passed over");
        addresses.stopLookups();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                // a look-up given up is interrupted; this resolver, like a stuck one, goes on waiting
            }
        }
    }

    private static WebhookAddresses resolving(WebhookAddresses.Resolver resolver) {
        WebhookAddresses addresses = new WebhookAddresses();
        addresses.allowedNetworks = Optional.empty();
        addresses.readAllowedNetworks();
        addresses.resolver = resolver;
        return addresses;
    }
}
