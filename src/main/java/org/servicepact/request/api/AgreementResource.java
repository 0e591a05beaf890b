package org.servicepact.request.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.servicepact.agreement.application.AgreementDirectory;
import org.servicepact.agreement.application.Agreements;
import org.servicepact.agreement.domain.Actor;
import org.servicepact.agreement.domain.Agreement;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.Commitment;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.agreement.domain.Side;
import org.servicepact.agreement.domain.VersionStatus;
import org.servicepact.organisation.domain.Role;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.platform.rules.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * {@code /api/v1/agreements/{id}}: an agreement as its page shows it to everyone, the version being negotiated to the
 * heads who negotiate it; and their decision on a proposal, accepting it for their side or sending it back with what
 * should change, each on the proposal's version as it was read, under the same rules as the page.
 */
@Path("agreements/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementResource {

    /** The page's name of what a head writes when sending a proposal back, named {@code text} in the API's body. */
    private static final Map<String, String> FIELDS_AS_THE_API_NAMES_THEM = Map.of("comment", "text");

    @Inject
    AgreementDirectory directory;

    @Inject
    Agreements agreements;

    @Inject
    HttpServletRequest http;

    @Context
    HttpHeaders headers;

    /** The caller as an actor on agreements, looked up once per call. */
    private Actor actor;

    @GET
    public Response read(@PathParam("id") long id) {
        try {
            return Response.ok(view(id)).build();
        } catch (RuleViolation gone) {
            return noSuchAgreement(id);
        }
    }

    /** A head accepts the proposal for their side ({@code side} may be left out when they may accept for one only). */
    @POST
    @Path("acceptance")
    public Response accept(@PathParam("id") long id, Acceptance body) {
        long version = ApiProblems.requiredVersion(body.version());
        return decide(id, (agreement, proposal) -> {
            Side side = body.chosenSide(agreement.sidesAcceptableBy(proposal, actor()), agreement.sidesHeadedBy(actor()));
            return () -> agreements.accept(proposal.getId(), version, side, actor());
        });
    }

    /** A head sends the proposal back to be changed, saying what should change. */
    @POST
    @Path("sending-back")
    public Response sendBack(@PathParam("id") long id, SendingBack body) {
        long version = ApiProblems.requiredVersion(body.version());
        return decide(id, (agreement, proposal) -> () -> agreements.sendBack(proposal.getId(), version, body.text(), actor()));
    }

    /**
     * Makes the decision on the agreement's proposal and answers the agreement as it then is: 404 for no such agreement,
     * 409 when no proposal waits for a decision or it changed since.
     */
    private Response decide(long id, BiFunction<Agreement, AgreementVersion, Runnable> decision) {
        Agreement agreement;
        try {
            agreement = directory.agreement(id);
        } catch (RuleViolation gone) {
            return noSuchAgreement(id);
        }
        Optional<AgreementVersion> proposal = proposalOf(agreement);
        return proposal.isEmpty() ? noProposal() : afterChange(id, decision.apply(agreement, proposal.get()));
    }

    /** The version being negotiated, if it is a proposal: a draft is decided on by no one. */
    private static Optional<AgreementVersion> proposalOf(Agreement agreement) {
        return agreement.openVersion().filter(open -> open.getStatus() == VersionStatus.PROPOSED);
    }

    /**
     * 409: nothing waits for a decision now (decided already, by a first send whose answer was lost, say, or sent back
     * to draft), and nothing was done.
     */
    private Response noProposal() {
        return ApiProblems.conflict(null, Texts.format(language(), "api.agreement.noProposal"));
    }

    private Response afterChange(long id, Runnable change) {
        return ApiProblems.afterChange(change, () -> view(id), Texts.format(language(), "api.agreement.stale", id),
                FIELDS_AS_THE_API_NAMES_THEM);
    }

    private AgreementView view(long id) {
        Agreement agreement = directory.agreement(id);
        Actor actor = actor();
        return AgreementView.of(agreement, agreement.versionShownTo(actor), actor);
    }

    private Actor actor() {
        if (actor == null) {
            actor = agreements.actor(http.getUserPrincipal().getName(), http.isUserInRole(Role.ADMIN.name()));
        }
        return actor;
    }

    private Response noSuchAgreement(long id) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                .entity(new ApiViews.Problem(null, Texts.format(language(), "api.agreement.none", id))).build();
    }

    private Locale language() {
        return ApiLanguage.of(headers);
    }

    /** A head's acceptance: {@code side}, PROVIDER or CONSUMER, and {@code version}, the proposal's as last read. */
    public record Acceptance(String side, Long version) {

        /**
         * The side named, or the only one the person may accept for when none is; one they head when they may accept
         * for none (the rules then say why: it has accepted already). Refused by name when it cannot be told.
         */
        Side chosenSide(List<Side> acceptable, Set<Side> headed) {
            if (side != null && !side.isBlank()) {
                try {
                    return Side.valueOf(side.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    throw new RuleViolation("side", "api.agreement.side", Texts.echo(side));
                }
            }
            if (acceptable.size() > 1) {
                throw new RuleViolation("side", "api.agreement.whichSide");
            }
            return acceptable.stream().findFirst().or(() -> headed.stream().findFirst())
                    .orElseThrow(() -> RuleViolation.ofForm("agreement.notYours"));
        }
    }

    /** A head's sending back: {@code text}, what should change, and {@code version}, the proposal's as last read. */
    public record SendingBack(String text, Long version) {
    }

    /**
     * An agreement as its page shows it: its parties, and of the version shown its number, status, dates and terms,
     * which sides have accepted it, for which the caller may accept it ({@code mayAcceptFor}), whether they may send it
     * back ({@code maySendBack}), its services and its commitments with their rationale and targets; {@code version}
     * is the shown version's, which a decision names.
     */
    public record AgreementView(long id, String title, String provider, String consumer, boolean terminated, int versionNumber,
                                String status, long version, LocalDate effectiveFrom, LocalDate effectiveUntil, LocalDate reviewDate,
                                int autoCloseDays, int escalationDelayHours, int ratingWindowDays, List<String> acceptedBy,
                                List<String> mayAcceptFor, boolean maySendBack, List<ServiceLine> services,
                                List<CommitmentLine> commitments) {

        static AgreementView of(Agreement agreement, AgreementVersion shown, Actor actor) {
            List<String> acceptedBy = List.of(Side.values()).stream().filter(shown::isAcceptedBy).map(Side::name).toList();
            List<String> mayAcceptFor = agreement.sidesAcceptableBy(shown, actor).stream().map(Side::name).toList();
            boolean maySendBack = shown.getStatus() == VersionStatus.PROPOSED
                    && agreement.mayWrite(actor) && !agreement.isTerminated();
            return new AgreementView(agreement.getId(), agreement.getTitle(), agreement.getProvider().getName(),
                    agreement.getConsumer().getName(), agreement.isTerminated(), shown.getNumber(), shown.getStatus().name(),
                    shown.getLockVersion(), shown.getEffectiveFrom(), shown.getEffectiveUntil(), shown.getReviewDate(),
                    shown.getAutoCloseDays(), shown.getEscalationDelayHours(), shown.getRatingWindowDays(), acceptedBy, mayAcceptFor,
                    maySendBack, shown.getServices().stream().map(service -> new ServiceLine(service.getId(), service.getName(),
                            service.getDescription())).toList(),
                    shown.getCommitments().stream().map(CommitmentLine::of).toList());
        }
    }

    /** A service the provider offers under the version. */
    public record ServiceLine(Long id, String name, String description) {
    }

    /**
     * A commitment: which side owes it, what and why; a measured one its {@code measure} and its {@code targets} by
     * priority in its {@code unit}.
     */
    public record CommitmentLine(String owedBy, String title, String description, String rationale, String measure, String unit,
                                 Map<String, BigDecimal> targets) {

        static CommitmentLine of(Commitment commitment) {
            Map<String, BigDecimal> targets = null;
            if (commitment.getTargets() != null) {
                targets = new LinkedHashMap<>();
                for (Priority priority : Priority.values()) {
                    BigDecimal target = commitment.getTargets().of(priority);
                    if (target != null) {
                        targets.put(priority.name(), new BigDecimal(target.stripTrailingZeros().toPlainString())); // 10, not 1E+1
                    }
                }
            }
            return new CommitmentLine(commitment.getOwedBy().name(), commitment.getTitle(), commitment.getDescription(),
                    commitment.getRationale(), commitment.getMeasure() == null ? null : commitment.getMeasure().name(),
                    commitment.getTargets() == null ? null : commitment.getTargets().unit().name(), targets);
        }
    }
}
