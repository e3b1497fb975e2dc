"""The programme report: what the training achieved per service area, municipality and period.

The app keeps no data of its own. It reads cohorts, progress, assessments, supervision, certificates
and the trainees' feedback, and answers a coordinator for the cohorts they follow.
"""
