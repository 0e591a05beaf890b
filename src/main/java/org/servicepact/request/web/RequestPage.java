package org.servicepact.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.organisation.application.Option;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.web.FormMessages;
import org.servicepact.platform.web.Pages;
import org.servicepact.platform.web.PerRequest;
import org.servicepact.request.application.RequestEscalations;
import org.servicepact.request.application.RequestHandOffs;
import org.servicepact.request.application.Requests;
import org.servicepact.request.domain.Escalation;
import org.servicepact.request.domain.PeerRequest;
import org.servicepact.request.domain.RequestEvent;
import org.servicepact.request.domain.RequestStatus;
import org.servicepact.security.CurrentUser;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** One request: its clocks, its timeline, and the acts open to the requester or the provider. */
@Named
@ViewScoped
public class RequestPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String HAND_OFF = "HAND_OFF";
    /** The newest events the timeline shows at first, and how many more each "Show earlier" adds. */
    static final int TIMELINE_FIRST = 50;
    static final int TIMELINE_STEP = 100;

    @Inject
    Requests requests;

    @Inject
    RequestHandOffs handOffs;

    @Inject
    RequestEscalations escalations;

    @Inject
    CurrentUser currentUser;

    @Inject
    LivePage live;

    private Long id;
    /** The version of the request the person saw, so that an act on a request changed since is refused. */
    private long shownVersion;
    private final PerRequest<Shown> shown = new PerRequest<>();
    private final PerRequest<Optional<RequestHandOffs.HandedTo>> handedTo = new PerRequest<>();
    private String text;
    private Option assignee;
    private String acknowledgement;
    private Priority newPriority;
    private Long handOffTarget;
    /**
     * How many of the newest events the timeline shows: a request's page is redrawn by its poll, and a request with
     * thousands of acts made every redraw megabytes.
     */
    private int timelineShown = TIMELINE_FIRST;
    /** The act whose small form is open (an act's name, or HAND_OFF), or null: acts that need words ask for them there. */
    private String chosenAct;

    /** The request as I may see it, its clocks now by the side that owes them, and who I am: read once per request. */
    private record Shown(PeerRequest request, List<SideClocks> clocksBySide, Employee me) implements Serializable {
    }

    public void load() {
        try {
            shownVersion = request().getVersion();
        } catch (RuleViolation notVisible) {
            Pages.notFound();
        }
    }

    private Shown shown() {
        return shown.get(() -> {
            Employee me = currentUser.employee().orElseThrow(() -> RuleViolation.ofForm("request.notVisible"));
            PeerRequest request = requests.detail(id == null ? -1 : id, me);
            return new Shown(request, SideClocks.of(requests.clocks(request)), me);
        });
    }

    private PeerRequest request() {
        return shown().request();
    }

    private void reload() {
        shown.forget();
        handedTo.forget();
        load();
    }

    /** How often the open page reads the request again: its status, clocks and timeline stay current without a reload. */
    public int getPollSeconds() {
        return live.pollSeconds();
    }

    /**
     * Someone acted on the request since the page was opened: the page shows it, and says that acting needs a reload
     * (an act on the version first shown is refused, so nothing is done on a state the person has not seen).
     */
    public boolean isChangedSinceShown() {
        return request().getVersion() != shownVersion;
    }

    public void act(Requests.Act act) {
        if (FormMessages.attempt(() -> requests.act(id, shownVersion, currentUser.getUsername(), act, text, assignee == null ? null : assignee.id()), null)) {
            Messages.addGlobalInfo("request.done." + act);
            text = null;
            chosenAct = null;
            reload();
        }
    }

    /** Opens the small form of an act that needs words (the question, the note, the reason) or a hand-off's target. */
    public void choose(String act) {
        chosenAct = act;
    }

    /** Closes the act's form; what was typed stays for the next act. */
    public void unchoose() {
        chosenAct = null;
    }

    /** Sends the act whose form is open. */
    public String doChosenAct() {
        if (chosenAct == null) {
            return null;
        }
        if (HAND_OFF.equals(chosenAct)) {
            return handOff();
        }
        act(Requests.Act.valueOf(chosenAct));
        return null;
    }

    public String getChosenAct() {
        return chosenAct;
    }

    public boolean isHandingOff() {
        return HAND_OFF.equals(chosenAct);
    }

    public void changePriority() {
        if (FormMessages.attempt(() -> requests.changePriority(id, shownVersion, currentUser.getUsername(), newPriority), null)) {
            Messages.addGlobalInfo("request.priorityChanged");
            reload();
        }
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public Priority getNewPriority() {
        return newPriority == null ? request().getPriority() : newPriority;
    }

    public void setNewPriority(Priority newPriority) {
        this.newPriority = newPriority;
    }

    public List<Option> getHandOffTargets() {
        return handOffs.targets(request());
    }

    public String handOff() {
        boolean done = FormMessages.attempt(() -> handOffs.handOff(id, shownVersion, currentUser.getUsername(), handOffTarget, text),
                "request.handedOff");
        // back on this request, which now links to the new one (which the provider handing it on may not see)
        return done ? "/requests/request?faces-redirect=true&id=" + id : null;
    }

    /** The request this one was handed on to, if it was. */
    public RequestHandOffs.HandedTo getHandedTo() {
        return handedTo.get(() -> handOffs.handedTo(request(), currentUser.getUsername())).orElse(null);
    }

    public Long getHandOffTarget() {
        return handOffTarget;
    }

    public void setHandOffTarget(Long handOffTarget) {
        this.handOffTarget = handOffTarget;
    }

    /** Takes the request for myself. */
    public void take() {
        assignee = null;
        act(Requests.Act.TAKE);
    }

    public List<Escalation> getEscalations() {
        return request().getEscalations();
    }

    /** Whether the escalation went to me and waits for my acknowledgement. */
    public boolean isMineToAcknowledge(Escalation escalation) {
        return escalation.getEscalatedTo().equals(shown().me()) && !escalation.isAcknowledged();
    }

    public void acknowledge(Escalation escalation) {
        if (FormMessages.attempt(() -> escalations.acknowledge(escalation.getId(), escalation.getVersion(),
                currentUser.getUsername(), acknowledgement), null)) {
            Messages.addGlobalInfo("escalation.acknowledged");
            acknowledgement = null;
            reload();
        }
    }

    public String getAcknowledgement() {
        return acknowledgement;
    }

    public void setAcknowledgement(String acknowledgement) {
        this.acknowledgement = acknowledgement;
    }

    public boolean isProvider() {
        return request().isProviderStaff(shown().me());
    }

    public boolean isRequester() {
        return request().isRequester(shown().me());
    }

    /** I have it: "Take it" is not offered again. */
    public boolean isMine() {
        return shown().me().equals(request().getAssignee());
    }

    public boolean is(String status) {
        return request().getStatus() == RequestStatus.valueOf(status);
    }

    public boolean isOpen() {
        return request().getStatus().isOpen();
    }

    /** The clocks each side owes, the provider's first. */
    public List<SideClocks> getClocksBySide() {
        return shown().clocksBySide();
    }

    /** The newest events, at most as many as the page shows now. */
    public List<RequestEvent> getTimeline() {
        List<RequestEvent> events = request().getEvents();
        List<RequestEvent> newestFirst = new ArrayList<>(events.subList(getEarlierEvents(), events.size()));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** How many events are older than those shown. */
    public int getEarlierEvents() {
        return Math.max(0, request().getEvents().size() - timelineShown);
    }

    public void showEarlier() {
        timelineShown += TIMELINE_STEP;
    }

    /** The colleagues of the providing department whose name contains the text, to give the request to. */
    public List<Option> completeColleague(String text) {
        return requests.providerStaff(request(), text, 15);
    }

    public Requests.Act[] getActs() {
        return Requests.Act.values();
    }

    public PeerRequest getRequest() {
        return request();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Option getAssignee() {
        return assignee;
    }

    public void setAssignee(Option assignee) {
        this.assignee = assignee;
    }
}
