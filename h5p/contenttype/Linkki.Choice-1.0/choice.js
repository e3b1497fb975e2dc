/* A minimal H5P content type: one question, a few options, one check. It reports "answered" with a
   score when some option is marked correct, and "completed" without a score when none is. It keeps
   the chosen option and whether it was checked as its state. */
var Linkki = window.Linkki = window.Linkki || {};

Linkki.Choice = (function (EventDispatcher) {
  "use strict";

  function Choice(params, contentId, extras) {
    EventDispatcher.call(this);
    this.params = params || {};
    this.options = this.params.options || [];
    this.contentId = contentId;
    var previous = (extras && extras.previousState) || {};
    this.selected = typeof previous.selected === "number" ? previous.selected : null;
    this.checked = previous.checked === true;
  }
  Choice.prototype = Object.create(EventDispatcher.prototype);
  Choice.prototype.constructor = Choice;

  Choice.prototype.isScored = function () {
    return this.options.some(function (option) { return option.correct; });
  };

  Choice.prototype.getScore = function () {
    var option = this.options[this.selected];
    return option && option.correct ? 1 : 0;
  };

  Choice.prototype.getMaxScore = function () {
    return this.isScored() ? 1 : 0;
  };

  Choice.prototype.getCurrentState = function () {
    return { selected: this.selected, checked: this.checked };
  };

  Choice.prototype.attach = function ($container) {
    var self = this;
    var root = $container.get(0);
    root.classList.add("linkki-choice");
    root.textContent = "";
    var fieldset = document.createElement("fieldset");
    var legend = document.createElement("legend");
    legend.textContent = self.params.question || "";
    fieldset.appendChild(legend);
    self.options.forEach(function (option, index) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.type = "radio";
      input.name = "linkki-choice-" + self.contentId;
      input.value = String(index);
      input.checked = index === self.selected;
      input.addEventListener("change", function () {
        self.selected = index;
        self.trigger(self.createXAPIEventTemplate("interacted"));
      });
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + option.text));
      fieldset.appendChild(label);
    });
    root.appendChild(fieldset);
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = self.params.checkLabel || "Check";
    var feedback = document.createElement("p");
    feedback.className = "linkki-choice__feedback";
    feedback.setAttribute("role", "status");
    button.addEventListener("click", function () {
      if (self.selected === null) {
        feedback.textContent = self.params.chooseFirst || "";
        return;
      }
      self.checked = true;
      if (self.isScored()) {
        var score = self.getScore();
        feedback.textContent = score ? self.params.correctFeedback || "" : self.params.wrongFeedback || "";
        self.triggerXAPIScored(score, 1, "answered", true, score === 1);
      } else {
        feedback.textContent = self.params.doneFeedback || "";
        var event = self.createXAPIEventTemplate("completed");
        event.data.statement.result = { completion: true };
        self.trigger(event);
      }
    });
    root.appendChild(button);
    root.appendChild(feedback);
    self.trigger("resize");
  };

  return Choice;
})(H5P.EventDispatcher);
