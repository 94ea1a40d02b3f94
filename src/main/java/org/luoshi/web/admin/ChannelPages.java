package org.luoshi.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.reminder.ChannelKind;
import org.luoshi.reminder.Channels;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The office's notification channels (group robots, webhooks) and the deliveries that failed. The administrator
 * names the government ({@code ?government=}); an office always works on its own.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
class ChannelPages {

    private final Channels channels;

    ChannelPages(Channels channels) {
        this.channels = channels;
    }

    @GetMapping("/channels")
    String list(
            @RequestParam(required = false) Long government, @AuthenticationPrincipal LuoshiUser user, Model model) {
        long gov = governmentOf(user, government);
        model.addAttribute("government", gov);
        model.addAttribute("channels", channels.of(user, gov));
        model.addAttribute("failures", channels.failures(user, gov));
        model.addAttribute("kinds", ChannelKind.values());
        model.addAttribute("typed", Map.of());
        return "admin/channels";
    }

    @PostMapping("/channels")
    String add(
            @RequestParam(required = false) Long government,
            @RequestParam(required = false) ChannelKind kind,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(defaultValue = "") String secret,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            HttpServletResponse response) {
        long gov = governmentOf(user, government);
        try {
            channels.add(user, gov, kind, name, url, secret);
            return "redirect:/channels?government=" + gov;
        } catch (DomainException e) {
            String page = list(gov, user, model);
            model.addAttribute(
                    "error", "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? e.en() : e.zh());
            model.addAttribute("typed", Map.of("kind", kind == null ? "" : kind.name(), "name", name, "url", url));
            response.setStatus(400);
            return page;
        }
    }

    @PostMapping("/channels/{id}/remove")
    String remove(
            @PathVariable long id,
            @RequestParam(required = false) Long government,
            @AuthenticationPrincipal LuoshiUser user) {
        channels.remove(user, id);
        return "redirect:/channels?government=" + governmentOf(user, government);
    }

    private static long governmentOf(LuoshiUser user, Long requested) {
        if (requested != null && user.runsOfficeOf(requested)) {
            return requested;
        }
        if (user.governmentId() == null) {
            throw DomainException.of(DomainException.Kind.BAD_INPUT, "parameter.invalid", "government");
        }
        return user.governmentId();
    }
}
