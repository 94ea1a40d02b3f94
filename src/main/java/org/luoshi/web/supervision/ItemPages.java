package org.luoshi.web.supervision;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.luoshi.DomainException;
import org.luoshi.account.LuoshiUser;
import org.luoshi.plan.UnitQueries;
import org.luoshi.supervision.Closing;
import org.luoshi.supervision.InstructionForm;
import org.luoshi.supervision.Instructions;
import org.luoshi.supervision.SupervisionItem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 领导批示 and 督办单: writing one, the unit's replies, the office's closing and pressing. */
@Controller
class ItemPages {

    private final Instructions instructions;
    private final Closing closing;
    private final UnitQueries units;
    private final MessageSource messages;

    ItemPages(Instructions instructions, Closing closing, UnitQueries units, MessageSource messages) {
        this.instructions = instructions;
        this.closing = closing;
        this.units = units;
        this.messages = messages;
    }

    /** The form as typed; the item's id and government are never bound from the request. */
    record ItemFields(
            Long taskId,
            Long unitId,
            String source,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sourceDate,
            String docNumber,
            String leader,
            String content,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
        InstructionForm toForm() {
            return new InstructionForm(taskId, unitId, source, sourceDate, docNumber, leader, content, deadline);
        }
    }

    record UnitOption(long id, String name) {}

    @InitBinder("fields")
    void noIds(WebDataBinder binder) {
        binder.setDisallowedFields("id", "governmentId");
    }

    @GetMapping("/supervision/items/new")
    String newItem(@RequestParam(required = false) Long taskId, @AuthenticationPrincipal LuoshiUser user, Model model) {
        ItemFields blank = new ItemFields(
                taskId,
                null,
                "instruction",
                LocalDate.now(),
                "",
                "",
                "",
                LocalDate.now().plusDays(14));
        return form(blank, null, user, model);
    }

    private String form(ItemFields fields, String error, LuoshiUser user, Model model) {
        model.addAttribute("fields", fields);
        model.addAttribute("error", error);
        model.addAttribute("task", fields.taskId() == null ? null : closing.head(fields.taskId(), user));
        model.addAttribute(
                "units",
                fields.taskId() != null
                        ? units.forTask(fields.taskId(), user.scope()).stream()
                                .filter(u -> "lead".equals(u.role()))
                                .map(u -> new UnitOption(u.id(), u.name()))
                                .toList()
                        : units.units(user.scope(), null).stream()
                                .filter(u -> user.governmentId() != null && u.governmentId() == user.governmentId())
                                .map(u -> new UnitOption(u.id(), u.name()))
                                .toList());
        model.addAttribute("sources", SupervisionItem.Source.values());
        return "supervision/item-new";
    }

    @PostMapping("/supervision/items")
    String create(
            @ModelAttribute("fields") ItemFields fields,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            long id = instructions.write(fields.toForm(), user);
            redirect.addFlashAttribute("message", text("loop.item.flash.created"));
            return "redirect:/supervision/items/" + id;
        } catch (DomainException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(fields, LoopPages.zh() ? e.zh() : e.en(), user, model);
        }
    }

    @GetMapping("/supervision/items/{id}")
    String item(@PathVariable long id, @AuthenticationPrincipal LuoshiUser user, Model model) {
        return page(id, "", "", null, user, model);
    }

    private String page(long id, String reply, String reason, String error, LuoshiUser user, Model model) {
        SupervisionItem item = instructions.readable(id, user);
        model.addAttribute("item", item);
        model.addAttribute("task", item.taskId() == null ? null : closing.head(item.taskId(), user));
        model.addAttribute("actions", instructions.actions(item, user));
        model.addAttribute("history", instructions.history(id, user));
        model.addAttribute("reply", reply);
        model.addAttribute("reason", reason);
        model.addAttribute("error", error);
        return "supervision/item";
    }

    /** Reply, close or press; bad input comes back on the page with what was typed. */
    @PostMapping("/supervision/items/{id}/{step:reply|close|press}")
    String step(
            @PathVariable long id,
            @PathVariable String step,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String reply,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @AuthenticationPrincipal LuoshiUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            SupervisionItem item = switch (step) {
                case "reply" -> instructions.reply(id, reply, user);
                case "close" -> instructions.close(id, version, user);
                default -> instructions.press(id, version, reason, deadline, user);
            };
            redirect.addFlashAttribute(
                    "message", text("loop.item.flash." + item.state().code()));
            return "redirect:/supervision/items/" + id;
        } catch (DomainException e) {
            response.setStatus(
                    e.kind() == DomainException.Kind.CONFLICT
                            ? HttpStatus.CONFLICT.value()
                            : HttpStatus.BAD_REQUEST.value());
            return page(id, reply, reason, LoopPages.zh() ? e.zh() : e.en(), user, model);
        }
    }

    private String text(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
