/* The header's menu button on narrow screens: opens and closes the menu and the person's links beneath it. */
document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('portal-menu-toggle');
    if (!toggle) {
        return;
    }
    var header = toggle.closest('.portal-header');
    toggle.addEventListener('click', function () {
        var open = header.classList.toggle('portal-menu-open');
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
});

/* The menu's administration entries close again on a click elsewhere or on Escape, as a menu does. */
document.addEventListener('DOMContentLoaded', function () {
    var submenu = document.querySelector('.portal-submenu');
    if (!submenu) {
        return;
    }
    document.addEventListener('click', function (event) {
        if (submenu.open && !submenu.contains(event.target)) {
            submenu.open = false;
        }
    });
    submenu.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && submenu.open) {
            submenu.open = false;
            submenu.querySelector('summary').focus();
        }
    });
});

/*
 * The bell: its list of the latest notices is read when it opens (GET /notifications) and all of them are marked read
 * from it (POST), so the header needs no form. The notices are written into the page as text, never as markup. An
 * answer that is not the list (signed out, or no longer allowed) reloads the page, which shows where to go.
 */
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('bellButton');
    if (!button) {
        return;
    }
    var panel = document.getElementById('bellPanel');
    var list = panel.querySelector('.portal-notifications');
    var none = panel.querySelector('.portal-bell-none');
    var markAll = document.getElementById('markAllRead');
    var count = button.querySelector('.ui-button-text');

    function show(answer) {
        list.replaceChildren();
        answer.notices.forEach(function (notice) {
            var item = document.createElement('li');
            var link = document.createElement('a');
            var when = document.createElement('div');
            item.className = notice.read ? 'portal-muted' : 'portal-unread';
            link.href = notice.href;
            link.textContent = notice.text;
            when.className = 'portal-hint';
            when.textContent = notice.when;
            item.append(link, when);
            list.append(item);
        });
        none.hidden = answer.notices.length > 0;
        markAll.hidden = answer.unread === 0;
        count.textContent = answer.unread > 0 ? String(answer.unread) : '';
        button.classList.toggle('ui-button-icon-only', answer.unread === 0);
        button.classList.toggle('ui-button-text-icon-left', answer.unread > 0);
    }

    function ask(method) {
        fetch(button.dataset.notices, { method: method, headers: { 'Accept': 'application/json' } })
            .then(function (response) {
                if (response.redirected || !response.ok) {
                    window.location.reload();
                    return null;
                }
                return response.json();
            })
            .then(function (answer) {
                if (answer) {
                    show(answer);
                }
            })
            .catch(function () {
                document.getElementById('portal-unreachable').hidden = false;
            });
    }

    function close() {
        panel.hidden = true;
        button.setAttribute('aria-expanded', 'false');
    }

    button.addEventListener('click', function () {
        if (!panel.hidden) {
            close();
            return;
        }
        panel.hidden = false;
        button.setAttribute('aria-expanded', 'true');
        ask('GET');
    });
    markAll.addEventListener('click', function () {
        ask('POST');
    });
    document.addEventListener('click', function (event) {
        if (!panel.hidden && !panel.contains(event.target) && !button.contains(event.target)) {
            close();
        }
    });
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && !panel.hidden) {
            close();
            button.focus();
        }
    });
});

/* A chart wider than the screen scrolls: the keyboard must reach it to scroll it (WCAG 2.1.1). */
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.ui-organigram .target').forEach(function (region) {
        region.setAttribute('tabindex', '0');
    });
});

/*
 * An ajax request the portal never answered (the network, a node lost, a proxy's error page): PrimeFaces only logs it,
 * so the person would click and see nothing happen. The layout's alert says nothing was saved and the form keeps what
 * was typed; the next answered request takes the alert away. A request the portal refused with 400 came from a page
 * it no longer holds (an old tab, a page left open too long): sending it again cannot help, so another alert says the
 * page is out of date and offers to open it again. Requests broken off because the page is being left are not
 * failures.
 */
document.addEventListener('DOMContentLoaded', function () {
    var unreachable = document.getElementById('portal-unreachable');
    var outOfDate = document.getElementById('portal-out-of-date');
    if (!unreachable || !outOfDate || !window.jQuery) {
        return;
    }
    var leaving = false;
    window.addEventListener('beforeunload', function () {
        leaving = true;
    });
    var $document = window.jQuery(document);
    $document.on('pfAjaxSend', function () {
        leaving = false; // a download leaves the page where it is
    });
    $document.on('pfAjaxError', function (event, xhr) {
        if (!leaving) {
            var refused = !!xhr && xhr.status === 400;
            outOfDate.hidden = !refused;
            unreachable.hidden = refused;
        }
        // after its own handlers have run: PrimeFaces 15 leaves the button or link that sent a failed request disabled
        // and spinning (primefaces/primefaces#14782, fixed in 16), and the person must be able to send again
        window.setTimeout(endLoadingOfFailedSenders, 0);
    });
    $document.on('pfAjaxSuccess', function () {
        unreachable.hidden = true;
        outOfDate.hidden = true;
    });
    function endLoadingOfFailedSenders() {
        document.querySelectorAll('button.ui-state-loading[id], a.ui-state-loading[id]').forEach(function (sender) {
            var widget = PrimeFaces.getWidgetById(sender.id);
            if (widget && typeof widget.endAjaxDisabled === 'function') {
                widget.endAjaxDisabled(widget);
            } else if (widget) {
                PrimeFaces.buttonEndAjaxDisabled(widget, widget.jq);
            }
        });
    }
    [unreachable, outOfDate].forEach(function (alert) {
        alert.querySelector('.portal-float-alert-close').addEventListener('click', function () {
            alert.hidden = true;
        });
    });
    outOfDate.querySelector('.portal-reload').addEventListener('click', function () {
        window.location.reload();
    });
});

/*
 * A report's department picker (includes/department-picker.xhtml) sits beside the report's form, which is sent with GET
 * so that every report is an address. Picking a department writes its id into the form's field "department" and sends
 * the form; returns false, as the picker's own ajax call is not needed.
 */
function portalShowPickedDepartment(formId) {
    var form = document.getElementById(formId);
    form.elements.department.value = PF('departmentPicker').hinput.val();
    form.submit();
    return false;
}

/* A report's form whose department picker was emptied is sent without a department (the whole organisation). */
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-department-picker]').forEach(function (form) {
        form.addEventListener('submit', function () {
            var picker = document.getElementById(form.dataset.departmentPicker);
            if (picker && !picker.value.trim()) {
                form.elements.department.value = '';
            }
        });
    });
});
